// An entity of the deal web: a company, a cloud, a product, a fund …
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/vocabulary.hpp"

namespace pactgraph {

struct Entity {
    std::string id;    // stable slug: lowercase letters, digits, '-' and '_'
    std::string name;  // display name ("Amazon Web Services")
    KindId kind = 0;
    std::vector<std::string> roles;    // e.g. investor, cloud_provider (free words)
    std::vector<std::string> aliases;  // other names that find this entity ("AWS")
    std::vector<std::string> tags;
    std::string url;   // home page
    std::string note;
    // Further free attributes from the file, in file order (rarely used; entities are few).
    std::vector<std::pair<std::string, std::string>> attributes;
    std::uint32_t line = 0;  // where it was declared, for later diagnostics
    std::uint32_t column = 0;
};

}  // namespace pactgraph
