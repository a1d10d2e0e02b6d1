// The hardware's bound for scripts/bench (section 10-scale): the least work a program must do to
// load an edges CSV and run PageRank on it, written as plainly and tightly as a benchmark can,
// with nothing of pactgraph in it. Compiled by the section with the same -O2 as pactgraph's
// default build:
//
//   bound FILE.csv THREADS
//
// prints `name seconds` lines: scan (read the file and count its lines), parse (split every row,
// intern the two ids in a hash map, parse the amount and the date), csr (distinct (from, to)
// pairs as in-neighbour arrays), pagerank (NetworkX's power iteration: alpha 0.85, dangling mass
// spread uniformly, stop when the L1 change is below N * tol; tol 1e-6, at most 100 iterations),
// then its iteration count, the seconds per iteration and the top entity (a check against the
// real tools' answers); then the same with tol 1e-12 and at most 1000 iterations (tight_*), where
// there are enough iterations for the seconds per iteration to mean something (NetworkX's rule
// stops after 2 or 3 on 100,000 entities).
// The file is assumed to be the generator's (scripts/gen-bench.py): no quoted fields.
#include <algorithm>
#include <barrier>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::string text;
  in.seekg(0, std::ios::end);
  text.resize(static_cast<size_t>(in.tellg()));
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return text;
}

struct Edges {
  std::vector<int32_t> from, to;
  std::vector<std::string_view> names;  // by interned id
};

std::string_view next_field(std::string_view& line) {
  const size_t comma = line.find(',');
  std::string_view field = line.substr(0, comma);
  line = comma == std::string_view::npos ? std::string_view{} : line.substr(comma + 1);
  return field;
}

// Splits each row, interns the ids, parses the amount and the date (kept in a checksum so the
// compiler cannot drop the work).
Edges parse(std::string_view text, size_t lines, double& checksum) {
  Edges e;
  e.from.reserve(lines);
  e.to.reserve(lines);
  std::unordered_map<std::string_view, int32_t> ids;
  ids.reserve(lines / 4);
  std::unordered_map<std::string_view, int32_t> types;
  auto intern = [&](std::string_view name) {
    auto [it, added] = ids.try_emplace(name, static_cast<int32_t>(e.names.size()));
    if (added) e.names.push_back(name);
    return it->second;
  };
  size_t pos = text.find('\n') + 1;  // the header
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty()) continue;
    e.from.push_back(intern(next_field(line)));
    e.to.push_back(intern(next_field(line)));
    checksum += types.try_emplace(next_field(line), static_cast<int32_t>(types.size())).first->second;
    const std::string_view amount = next_field(line);
    double value = 0;
    std::from_chars(amount.data(), amount.data() + amount.size(), value);
    const std::string_view date = next_field(line);
    int year = 0, month = 0, day = 0;
    if (date.size() == 10) {
      std::from_chars(date.data(), date.data() + 4, year);
      std::from_chars(date.data() + 5, date.data() + 7, month);
      std::from_chars(date.data() + 8, date.data() + 10, day);
    }
    checksum += value * 1e-12 + year + month + day;
  }
  return e;
}

struct Csr {
  std::vector<int64_t> start;   // in-neighbours of v: in[start[v] .. start[v+1])
  std::vector<int32_t> in;
  std::vector<int32_t> out_degree;
};

Csr build_csr(const Edges& e) {
  const size_t n = e.names.size();
  Csr g;
  g.start.assign(n + 1, 0);
  for (int32_t t : e.to) ++g.start[static_cast<size_t>(t) + 1];
  for (size_t v = 0; v < n; ++v) g.start[v + 1] += g.start[v];
  std::vector<int32_t> in(e.to.size());
  std::vector<int64_t> fill(g.start.begin(), g.start.end() - 1);
  for (size_t i = 0; i < e.to.size(); ++i) in[static_cast<size_t>(fill[static_cast<size_t>(e.to[i])]++)] = e.from[i];
  // Distinct pairs: sort each in-list and drop repeats, compacting in place.
  g.out_degree.assign(n, 0);
  g.in.reserve(in.size());
  std::vector<int64_t> kept(n + 1, 0);
  for (size_t v = 0; v < n; ++v) {
    auto first = in.begin() + g.start[v], last = in.begin() + g.start[v + 1];
    std::sort(first, last);
    last = std::unique(first, last);
    for (auto it = first; it != last; ++it) {
      g.in.push_back(*it);
      ++g.out_degree[static_cast<size_t>(*it)];
    }
    kept[v + 1] = static_cast<int64_t>(g.in.size());
  }
  g.start = std::move(kept);
  return g;
}

// NetworkX's power iteration on `threads` threads started once, each owning a contiguous range
// of entities; two barriers per iteration (every thread sums the per-thread parts itself, in
// the same order, so all see the same error and stop together).
std::vector<double> pagerank(const Csr& g, unsigned threads, double tol, int max_iter, int& iterations) {
  const size_t n = g.out_degree.size();
  const double alpha = 0.85;
  std::vector<double> buf[2] = {std::vector<double>(n, 1.0 / static_cast<double>(n)), std::vector<double>(n)};
  std::vector<double> contrib(n), part_err(threads), part_dangling(threads);
  std::barrier sync(static_cast<std::ptrdiff_t>(threads));
  iterations = max_iter;
  auto worker = [&](unsigned t) {
    const size_t b = n * t / threads, e = n * (t + 1) / threads;
    for (int it = 1; it <= max_iter; ++it) {
      const std::vector<double>& x = buf[(it - 1) % 2];
      std::vector<double>& next = buf[it % 2];
      double dangling = 0;
      for (size_t u = b; u < e; ++u) {
        contrib[u] = g.out_degree[u] ? x[u] / g.out_degree[u] : 0.0;
        if (!g.out_degree[u]) dangling += x[u];
      }
      part_dangling[t] = dangling;
      sync.arrive_and_wait();
      dangling = 0;
      for (double d : part_dangling) dangling += d;
      const double base = (alpha * dangling + 1.0 - alpha) / static_cast<double>(n);
      double err = 0;
      for (size_t v = b; v < e; ++v) {
        double sum = 0;
        for (int64_t i = g.start[v]; i < g.start[v + 1]; ++i) sum += contrib[static_cast<size_t>(g.in[static_cast<size_t>(i)])];
        next[v] = base + alpha * sum;
        err += std::fabs(next[v] - x[v]);
      }
      part_err[t] = err;
      sync.arrive_and_wait();
      err = 0;
      for (double p : part_err) err += p;
      if (err < static_cast<double>(n) * tol) {
        if (t == 0) iterations = it;
        return;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& th : pool) th.join();
  return buf[iterations % 2];
}

std::vector<double> timed_pagerank(const Csr& g, unsigned threads, double tol, int max_iter,
                                   const char* prefix) {
  const auto t = Clock::now();
  int iterations = 0;
  std::vector<double> rank = pagerank(g, threads, tol, max_iter, iterations);
  const double seconds = since(t);
  std::printf("%spagerank %.6f\n%spagerank_iterations %d\n%sper_iteration %.9f\n", prefix, seconds,
              prefix, iterations, prefix, seconds / std::max(1, iterations));
  return rank;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bound FILE.csv THREADS\n");
    return 2;
  }
  const unsigned threads = static_cast<unsigned>(std::max(1, std::atoi(argv[2])));
  auto t = Clock::now();
  const std::string text = read_all(argv[1]);
  const size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  std::printf("scan %.6f\n", since(t));
  t = Clock::now();
  double checksum = 0;
  const Edges e = parse(text, lines, checksum);
  std::printf("parse %.6f\n", since(t));
  t = Clock::now();
  const Csr g = build_csr(e);
  std::printf("csr %.6f\n", since(t));
  const std::vector<double> rank = timed_pagerank(g, threads, 1e-6, 100, "");
  timed_pagerank(g, threads, 1e-12, 1000, "tight_");
  const size_t top = static_cast<size_t>(std::max_element(rank.begin(), rank.end()) - rank.begin());
  std::printf("entities %zu\nrelations %zu\npairs %zu\ntop %.*s\nchecksum %g\n", e.names.size(),
              e.from.size(), g.in.size(), static_cast<int>(e.names[top].size()), e.names[top].data(),
              checksum);
  return 0;
}
