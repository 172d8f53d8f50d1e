#include "serve/preview_state.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "serve/reload_script.h"

namespace mwp::serve {
namespace {

TEST(PreviewStateTest, PublishWakesWaitersWithTheNewGeneration) {
  PreviewState state;
  EXPECT_EQ(state.current().generation, 0u);
  std::optional<PreviewEvent> seen;
  std::thread waiter([&] { seen = state.wait_for_change(0, std::chrono::seconds(30)); });
  Diagnostics none;
  state.publish(true, none);
  waiter.join();
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->generation, 1u);
  EXPECT_TRUE(seen->ok);
}

TEST(PreviewStateTest, WaitReturnsAtOnceWhenAlreadyBehind) {
  PreviewState state;
  Diagnostics none;
  state.publish(true, none);
  state.publish(true, none);
  std::optional<PreviewEvent> event = state.wait_for_change(1, std::chrono::milliseconds(0));
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(event->generation, 2u);
  EXPECT_FALSE(state.wait_for_change(2, std::chrono::milliseconds(1)).has_value());
}

TEST(PreviewStateTest, CloseWakesWaitersWithNothing) {
  PreviewState state;
  std::optional<PreviewEvent> seen = PreviewEvent{};
  std::thread waiter([&] { seen = state.wait_for_change(0, std::chrono::seconds(30)); });
  state.close();
  waiter.join();
  EXPECT_FALSE(seen.has_value());
  EXPECT_TRUE(state.closed());
}

TEST(PreviewStateTest, StatusCarriesTheCliDiagnostics) {
  PreviewState state;
  Diagnostics diagnostics;
  diagnostics.error("content/a.md", 12, 3, "missing-section", "no \"The evidence\" section");
  state.publish(false, diagnostics);
  nlohmann::json status = nlohmann::json::parse(state.status_json());
  EXPECT_FALSE(status["ok"].get<bool>());
  EXPECT_EQ(status["generation"], 1);
  ASSERT_EQ(status["diagnostics"].size(), 1u);
  EXPECT_EQ(status["diagnostics"][0]["text"], format_text(diagnostics.items()[0]));
  EXPECT_EQ(status["diagnostics"][0]["line"], 12);

  state.publish(true, Diagnostics{});
  status = nlohmann::json::parse(state.status_json());
  EXPECT_TRUE(status["ok"].get<bool>());
  EXPECT_TRUE(status["diagnostics"].empty());
}

struct SseCase {
  const char* name;
  const char* data;
  const char* message;
};

TEST(SseMessageTest, OneDataFieldPerLine) {
  const SseCase kCases[] = {
      {"reload", "3", "event: reload\ndata: 3\n\n"},
      {"status", "a\nb", "event: status\ndata: a\ndata: b\n\n"},
      {"status", "a\r\nb\rc", "event: status\ndata: a\ndata: b\ndata: c\n\n"},
      {"x\ny", "", "event: xy\ndata: \n\n"},
  };
  for (const SseCase& c : kCases) EXPECT_EQ(sse_message(c.name, c.data), c.message);
}

struct InjectCase {
  const char* html;
  const char* injected;
};

TEST(InjectReloadScriptTest, GoesBeforeTheLastBodyClose) {
  const InjectCase kCases[] = {
      {"<html><body><p>x</p></body></html>",
       "<html><body><p>x</p><script src=\"/__mwp/reload.js\" defer></script></body></html>"},
      {"<BODY>a</BODY>", "<BODY>a<script src=\"/__mwp/reload.js\" defer></script></BODY>"},
      {"<p>no body</p>", "<p>no body</p><script src=\"/__mwp/reload.js\" defer></script>"},
      {"<pre>&lt;/body&gt;</pre></body>",
       "<pre>&lt;/body&gt;</pre><script src=\"/__mwp/reload.js\" defer></script></body>"},
  };
  for (const InjectCase& c : kCases) EXPECT_EQ(inject_reload_script(c.html), c.injected);
}

TEST(ReloadScriptTest, ListensToTheEventStreamAndStatus) {
  std::string_view script = reload_script();
  EXPECT_NE(script.find("new EventSource(\"/__mwp/events\")"), std::string_view::npos);
  EXPECT_NE(script.find("/__mwp/status"), std::string_view::npos);
  EXPECT_EQ(script.find("innerHTML"),
            std::string_view::npos);  // diagnostics are text, never markup
}

}  // namespace
}  // namespace mwp::serve
