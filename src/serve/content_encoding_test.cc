#include "serve/content_encoding.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace mwp::serve {
namespace {

struct NegotiationCase {
  const char* accept_encoding;
  bool gzip;
};

TEST(AcceptsGzipTest, ReadsQValues) {
  const NegotiationCase kCases[] = {
      {"", false},
      {"gzip", true},
      {"GZIP", true},
      {"x-gzip", true},
      {"gzip, deflate, br", true},
      {"br", false},
      {"deflate, br;q=1.0", false},
      {"gzip;q=0", false},
      {"gzip; q=0.0", false},
      {"gzip;q=0.001", true},
      {"gzip;q=1", true},
      {"gzip;q=abc", false},
      {"gzip;q=2", false},
      {"identity", false},
      {"*", true},
      {"*;q=0", false},
      {"*, gzip;q=0", false},
      {"gzip;q=0, *", false},
      {"br;q=1, *;q=0.1", true},
      {"gzipped", false},
      {" gzip ; q=0.5 , br", true},
  };
  for (const NegotiationCase& c : kCases) {
    EXPECT_EQ(accepts_gzip(c.accept_encoding), c.gzip) << "Accept-Encoding: " << c.accept_encoding;
  }
}

TEST(IsCompressibleTest, TextYesImagesNo) {
  EXPECT_TRUE(is_compressible("text/html; charset=utf-8"));
  EXPECT_TRUE(is_compressible("text/css"));
  EXPECT_TRUE(is_compressible("application/json; charset=utf-8"));
  EXPECT_TRUE(is_compressible("image/svg+xml"));
  EXPECT_FALSE(is_compressible("text/event-stream"));
  EXPECT_FALSE(is_compressible("image/png"));
  EXPECT_FALSE(is_compressible("font/woff2"));
  EXPECT_FALSE(is_compressible("application/octet-stream"));
}

std::string gunzip(const std::string& packed) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  stream.avail_in = static_cast<uInt>(packed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

TEST(GzipCompressTest, RoundTripsAndShrinksText) {
  std::string html;
  for (int i = 0; i < 200; ++i)
    html += "<p>Emotional numbness is not the same as not caring.</p>\n";
  std::optional<std::string> packed = gzip_compress(html);
  ASSERT_TRUE(packed.has_value());
  EXPECT_LT(packed->size(), html.size() / 5);
  ASSERT_GE(packed->size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>((*packed)[0]), 0x1f);  // gzip magic
  EXPECT_EQ(static_cast<unsigned char>((*packed)[1]), 0x8b);
  EXPECT_EQ(gunzip(*packed), html);
  EXPECT_EQ(gunzip(gzip_compress("").value()), "");
}

}  // namespace
}  // namespace mwp::serve
