#include "serve/bounded_pool.h"

#include <algorithm>

namespace mwp::serve {

BoundedPool::BoundedPool(size_t threads, size_t max_queued) : max_queued_(max_queued) {
  workers_.reserve(threads);
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

BoundedPool::~BoundedPool() {
  shutdown();
}

void BoundedPool::enqueue(std::function<void()> task) {
  {
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [this] { return stopping_ || queue_.size() < max_queued_; });
    if (!stopping_) {
      queue_.push_back(std::move(task));
      has_task_.notify_one();
      return;
    }
  }
  task();
}

void BoundedPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && workers_.empty()) return;
    stopping_ = true;
  }
  has_task_.notify_all();
  has_room_.notify_all();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  workers_.clear();
}

void BoundedPool::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      has_task_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    has_room_.notify_one();
    task();
  }
}

size_t default_thread_count() {
  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::clamp(cores * 32, size_t{128}, size_t{1024});
}

}  // namespace mwp::serve
