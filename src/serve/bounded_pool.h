// A fixed set of worker threads with a bounded queue of accepted connections,
// used as cpp-httplib's task queue. httplib's own pool queues without limit;
// this one blocks the accept loop when `max_queued` connections are waiting,
// so a flood of clients back-pressures into the kernel's listen backlog
// instead of into memory.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mwp::serve {

class BoundedPool : public httplib::TaskQueue {
 public:
  // Requires threads >= 1 and max_queued >= 1.
  BoundedPool(size_t threads, size_t max_queued);
  ~BoundedPool() override;
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  // Blocks while the queue is full. After shutdown() runs `task` inline, so
  // an accepted socket is always processed and closed.
  void enqueue(std::function<void()> task) override;

  // Finishes every queued and running task, then joins the workers.
  void shutdown() override;

  size_t threads() const { return workers_.size(); }

 private:
  void work();

  size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable has_task_;
  std::condition_variable has_room_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

// Worker threads for this machine: 32 per core, at least 128, at most 1024.
// httplib holds a thread per open connection (keep-alive, event streams),
// so the pool is sized for connections, not for CPU: a connection queued
// behind busy keep-alive connections waits until one of them closes.
size_t default_thread_count();

}  // namespace mwp::serve
