// An entity of the deal web: a company, a cloud, a product, a fund …
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/vocabulary.hpp"
#include "support/rare.hpp"

namespace pactgraph {

// The fields most entities of a large imported graph leave empty are Rare (8 bytes each, see
// support/rare.hpp): an entity is 128 bytes instead of 240.
struct Entity {
    std::string id;    // stable slug: lowercase letters, digits, '-' and '_'
    std::string name;  // display name ("Amazon Web Services")
    KindId kind = 0;
    Rare<std::vector<std::string>> roles;    // e.g. investor, cloud_provider (free words)
    Rare<std::vector<std::string>> aliases;  // other names that find this entity ("AWS")
    Rare<std::vector<std::string>> tags;
    Rare<std::string> url;   // home page
    Rare<std::string> note;
    // Further free attributes from the file, in file order.
    Rare<std::vector<std::pair<std::string, std::string>>> attributes;
    std::uint32_t line = 0;  // where it was declared, for later diagnostics
    std::uint32_t column = 0;
};

}  // namespace pactgraph
