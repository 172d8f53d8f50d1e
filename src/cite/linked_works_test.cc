#include "cite/linked_works.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(LinkedWorks, AnswersByBlockThenByPart) {
  LinkedWorks linked;
  const ProsePlace first{TextPart::section, 0, 0};
  const ProsePlace second{TextPart::section, 0, 1};
  const ProsePlace faq{TextPart::faq_answer, 0, 0};
  linked.add(first, 3);
  linked.add(first, 5);
  linked.add(second, 7);

  EXPECT_TRUE(linked.in_block(first, 5));
  EXPECT_FALSE(linked.in_block(second, 5));
  EXPECT_FALSE(linked.in_block(faq, 3));  // another part, though its index and block are 0

  EXPECT_EQ(linked.last_in_part(first), 7u);
  EXPECT_EQ(linked.last_in_part(faq), std::nullopt);

  // One candidate linked in the block settles it; else one in the part.
  EXPECT_EQ(linked.only_one_of({3, 9}, first), 3u);
  EXPECT_EQ(linked.only_one_of({3, 7}, second), 7u);
  EXPECT_EQ(linked.only_one_of({3, 9}, second), 3u);
  // Two candidates linked in the block, and none at all, settle nothing.
  EXPECT_EQ(linked.only_one_of({3, 5}, first), std::nullopt);
  EXPECT_EQ(linked.only_one_of({8, 9}, first), std::nullopt);
}

}  // namespace
}  // namespace mwp
