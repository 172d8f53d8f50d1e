#include "render/redirect_page.h"

#include "text/escape.h"

namespace mwp {

std::string render_redirect_page(const RenderContext& context, std::string_view target_path,
                                 std::string_view title) {
  const std::string url = html_escape(context.absolute_url(target_path));
  const std::string name = html_escape(title);
  const std::string language = context.site().config.language.empty()
                                   ? std::string("en")
                                   : html_escape(context.site().config.language);
  return "<!DOCTYPE html>\n<html lang=\"" + language +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<title>Moved: " + name +
         "</title>\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"" +
         url + "\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + url +
         "\">\n</head>\n<body>\n<p>This page has moved to <a href=\"" + url + "\">" + name +
         "</a>.</p>\n</body>\n</html>\n";
}

}  // namespace mwp
