#include "format/conflicts_format.hpp"

#include <nlohmann/json.hpp>

#include "format/json_fields.hpp"
#include "model/describe.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

// One relation block: the arrow with its facts, then scope, label and sources indented.
std::string relation_block(const PartnershipGraph& g, const std::string& role, RelationEdge e) {
    const RelationDetails& d = g.stored_details(e);
    const std::string indent(13, ' ');
    std::string out = "  " + role + std::string(11 - role.size(), ' ') + relation_arrow(g, e) +
                      "  (" + relation_facts(g, e) + ")\n";
    if (!d.scope.empty()) out += indent + "scope: " + d.scope + "\n";
    if (!d.label.empty()) out += indent + "label: " + d.label + "\n";
    for (const Source& s : d.sources) out += indent + "source: " + source_text(s) + "\n";
    if (d.sources.empty()) out += indent + "source: none cited\n";
    return out;
}

std::string chain_arrows(const PartnershipGraph& g, const std::vector<RelationEdge>& chain) {
    std::string out;
    for (RelationEdge e : chain) out += (out.empty() ? "" : ", ") + relation_arrow(g, e);
    return out;
}

std::size_t count_of(const ConflictReport& r, ConflictSeverity s) {
    std::size_t n = 0;
    for (const Conflict& c : r.conflicts) n += c.severity == s;
    return n;
}

}  // namespace

std::string conflict_explanation(const PartnershipGraph& g, const Conflict& c) {
    const std::string holder = g.entity(g.source(c.first)).name;
    const std::string party = g.entity(g.source(c.second)).name;
    const std::string target = g.entity(g.target(c.first)).id;
    const std::string other = g.entity(g.target(c.second)).id;
    const bool exclusive = g.relation(c.second).exclusive;
    const std::string verb = exclusive ? "holds exclusivity over" : std::string(g.type_name(c.second));
    if (c.chain.empty())
        return holder + " holds exclusivity over " + target + ", and " + party + " " +
               (exclusive ? "also holds exclusivity over it" : verb + " it too") + ".";
    std::string text = holder + "'s exclusivity over " + target + " reaches " + other + " through " +
                       chain_arrows(g, c.chain);
    if (c.severity == ConflictSeverity::claimed_link)
        text += " (a link that is only claimed, disputed or rumored)";
    return text + "; " + party + " " + verb + " " + other + ".";
}

std::string cycle_text(const PartnershipGraph& g, const LinkCycle& cycle) {
    std::string out = g.entity(g.source(cycle.relations.front())).id;
    for (RelationEdge e : cycle.relations)
        out += " -[" + std::string(g.type_name(e)) + "]-> " + g.entity(g.target(e)).id;
    return out;
}

std::string conflicts_summary(const ConflictReport& r) {
    if (r.conflicts.empty())
        return "no exclusivity conflicts (" + count_noun(r.exclusives_checked, "exclusive relation") +
               " checked)";
    return count_noun(r.conflicts.size(), "conflict") + ": " +
           std::to_string(count_of(r, ConflictSeverity::direct)) + " direct, " +
           std::to_string(count_of(r, ConflictSeverity::linked)) + " through a link, " +
           std::to_string(count_of(r, ConflictSeverity::claimed_link)) + " through a claimed link";
}

std::string conflicts_sentence(const PartnershipGraph& g, const ConflictReport& r) {
    if (r.conflicts.empty())
        return "No exclusivity conflicts (" + count_noun(r.exclusives_checked, "exclusive relation") + " checked).";
    std::string out = "Exclusivity conflicts (" + std::to_string(r.conflicts.size()) + "):";
    std::string sep = " ";
    for (const Conflict& c : r.conflicts) {
        out += sep + g.entity(g.source(c.first)).name + " vs " + g.entity(g.source(c.second)).name + " over " +
               g.entity(g.target(c.first)).name + " (" + std::string(severity_text(c.severity)) + ")";
        sep = "; ";
    }
    return out + ".";
}

std::string conflicts_text(const PartnershipGraph& g, const ConflictReport& report) {
    std::string out;
    std::size_t n = 0;
    for (const Conflict& c : report.conflicts) {
        out += "conflict " + std::to_string(++n) + ": " + std::string(severity_text(c.severity)) +
               " (" + g.entity(g.source(c.first)).id + " vs " + g.entity(g.source(c.second)).id +
               ")\n";
        out += relation_block(g, "exclusive", c.first);
        out += relation_block(g, g.relation(c.second).exclusive ? "exclusive" : "competing", c.second);
        for (RelationEdge e : c.chain)
            out += relation_block(g, is_claimed_link(g, e) ? "claimed" : "link", e);
        out += "  why: " + conflict_explanation(g, c) + "\n\n";
    }
    for (const LinkCycle& cycle : report.cycles)
        out += "note: linking relations form a cycle (followed once): " + cycle_text(g, cycle) + "\n";
    return out + conflicts_summary(report) + "\n";
}

std::string conflicts_json(const PartnershipGraph& g, const ConflictReport& report) {
    nlohmann::ordered_json j;
    j["conflicts"] = nlohmann::ordered_json::array();
    for (const Conflict& c : report.conflicts) {
        nlohmann::ordered_json item;
        item["severity"] = severity_name(c.severity);
        item["parties"] = {g.entity(g.source(c.first)).id, g.entity(g.source(c.second)).id};
        item["targets"] = {g.entity(g.target(c.first)).id, g.entity(g.target(c.second)).id};
        item["exclusive"] = relation_json(g, c.first);
        item["competing"] = relation_json(g, c.second);
        item["chain"] = nlohmann::ordered_json::array();
        for (RelationEdge e : c.chain) {
            auto link = relation_json(g, e);
            link["claimed"] = is_claimed_link(g, e);
            item["chain"].push_back(std::move(link));
        }
        item["explanation"] = conflict_explanation(g, c);
        j["conflicts"].push_back(std::move(item));
    }
    j["cycles"] = nlohmann::ordered_json::array();
    for (const LinkCycle& cycle : report.cycles) {
        nlohmann::ordered_json rels = nlohmann::ordered_json::array();
        for (RelationEdge e : cycle.relations) rels.push_back(relation_json(g, e));
        j["cycles"].push_back(std::move(rels));
    }
    j["exclusives_checked"] = report.exclusives_checked;
    j["summary"] = conflicts_summary(report);
    return j.dump(2) + "\n";
}

}  // namespace pactgraph
