#include "model/vocabulary.hpp"


namespace pactgraph {

Vocabulary::Vocabulary() {
    kinds_ = {
        {"company", "a business", true},
        {"investor", "a fund, bank or holding that mainly invests", true},
        {"cloud", "a cloud platform (Azure, AWS, Google Cloud)", true},
        {"product", "a product sold or licensed to customers", true},
        {"platform", "a platform others build on (an agent platform, a marketplace)", true},
        {"service", "an online service or API", true},
        {"model", "an AI model or model family", true},
        {"chipmaker", "a maker of chips or accelerators", true},
        {"venture", "a joint venture or project company", true},
        {"person", "a person", true},
        {"government", "a government, regulator or public body", true},
    };
    types_ = {
        {"invests_in", "puts money into (equity, convertible notes, credits)", true},
        {"exclusive_cloud_for", "is the exclusive cloud provider for", true},
        {"hosts", "runs the target on its infrastructure", true},
        {"offers", "offers the target (a product, service or platform) to customers", true},
        {"partners_with", "has a strategic partnership with", true, false, true},
        {"agreement", "has signed or negotiated a deal with", true, false, true},
        {"supplies", "supplies hardware, compute or services to", true},
        {"owns", "owns or controls", true},
        {"considers_suing", "is weighing legal action against", true},
        {"built_on", "is built on the target", true, true},
        {"repackages", "is in effect a repackaging of the target", true, true},
        {"part_of", "is part of the target", true, true},
        {"offered_through", "is offered through the target", true, true},
        {"acquires", "buys the target", true},
        {"licenses", "licenses the target's technology", true},
        {"competes_with", "competes with", true, false, true},
    };
}

std::optional<KindId> Vocabulary::find_kind(std::string_view name) const {
    for (std::size_t i = 0; i < kinds_.size(); ++i)
        if (kinds_[i].name == name) return static_cast<KindId>(i);
    return std::nullopt;
}

std::optional<RelationTypeId> Vocabulary::find_type(std::string_view name) const {
    for (std::size_t i = 0; i < types_.size(); ++i)
        if (types_[i].name == name) return static_cast<RelationTypeId>(i);
    return std::nullopt;
}

std::vector<std::string> Vocabulary::kind_names() const {
    std::vector<std::string> out;
    for (const auto& k : kinds_) out.push_back(k.name);
    return out;
}

std::vector<std::string> Vocabulary::type_names() const {
    std::vector<std::string> out;
    for (const auto& t : types_) out.push_back(t.name);
    return out;
}

KindId Vocabulary::add_kind(KindInfo info) {
    if (auto id = find_kind(info.name)) return *id;
    kinds_.push_back(std::move(info));
    return static_cast<KindId>(kinds_.size() - 1);
}

RelationTypeId Vocabulary::add_type(RelationTypeInfo info) {
    if (auto id = find_type(info.name)) return *id;
    types_.push_back(std::move(info));
    return static_cast<RelationTypeId>(types_.size() - 1);
}

std::vector<KindId> Vocabulary::extra_kinds() const {
    std::vector<KindId> out;
    for (std::size_t i = 0; i < kinds_.size(); ++i)
        if (!kinds_[i].builtin) out.push_back(static_cast<KindId>(i));
    return out;
}

std::vector<RelationTypeId> Vocabulary::extra_types() const {
    std::vector<RelationTypeId> out;
    for (std::size_t i = 0; i < types_.size(); ++i)
        if (!types_[i].builtin) out.push_back(static_cast<RelationTypeId>(i));
    return out;
}

}  // namespace pactgraph
