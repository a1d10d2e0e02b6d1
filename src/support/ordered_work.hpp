// Work split into numbered pieces that threads produce in any order and the caller consumes in
// order: a reader parses blocks of a file on every core while one thread builds the graph from
// them, block 0 first, so the result is the same as reading the file from start to end.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace pactgraph {

// Calls produce(i) for i = 0..count-1 on `threads` threads (0: one per core) and
// consume(i, result) on the calling thread for i = 0, 1, … in order. At most `window` results
// wait to be consumed (memory stays bounded). An exception from produce(i) is rethrown when i's
// turn comes; one from consume stops the producers and is rethrown after they have stopped.
template <typename Result, typename Produce, typename Consume>
void produce_in_order(std::size_t count, unsigned threads, std::size_t window, Produce produce,
                      Consume consume) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    window = std::max<std::size_t>(window, threads);
    if (threads == 1 || count < 2) {
        for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
        return;
    }
    struct Slot {
        Result result;
        std::exception_ptr error;
    };
    std::mutex m;
    std::condition_variable ready, room;
    std::map<std::size_t, Slot> done;
    std::size_t next = 0, consumed = 0;
    bool stop = false;
    const auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                room.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
                if (stop || next >= count) return;
                i = next++;
            }
            Slot slot;
            try {
                slot.result = produce(i);
            } catch (...) {
                slot.error = std::current_exception();
            }
            {
                const std::lock_guard lock(m);
                done.emplace(i, std::move(slot));
            }
            ready.notify_all();
        }
    };
    std::vector<std::thread> pool;
    const auto finish = [&] {
        {
            const std::lock_guard lock(m);
            stop = true;
        }
        room.notify_all();
        for (std::thread& t : pool) t.join();
    };
    try {
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
        for (std::size_t i = 0; i < count; ++i) {
            Slot slot;
            {
                std::unique_lock lock(m);
                ready.wait(lock, [&] { return done.count(i) > 0; });
                auto it = done.find(i);
                slot = std::move(it->second);
                done.erase(it);
            }
            if (slot.error) std::rethrow_exception(slot.error);
            consume(i, std::move(slot.result));
            {
                const std::lock_guard lock(m);
                consumed = i + 1;
            }
            room.notify_all();
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

}  // namespace pactgraph
