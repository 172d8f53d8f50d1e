#include "render/mustache_template.h"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "text/escape.h"

namespace mwp {
namespace {

using Data = kainjow::mustache::data;

// The context stack of one render: mstch's lookup rules over kainjow data.
class ContextStack final : public kainjow::mustache::basic_context<std::string> {
 public:
  explicit ContextStack(const Data* root) { items_.push_back(root); }

  void push(const Data* data) override { items_.push_back(data); }
  void pop() override { items_.pop_back(); }

  const Data* get(const std::string& name) const override {
    if (name == ".") return items_.back();
    size_t dot = name.find('.');
    std::string part = dot == std::string::npos ? std::string() : name.substr(0, dot);
    const std::string& first = dot == std::string::npos ? name : part;
    const Data* found = nullptr;
    for (auto it = items_.rbegin(); it != items_.rend() && found == nullptr; ++it) {
      found = (*it)->get(first);
    }
    while (found != nullptr && dot != std::string::npos) {
      const size_t next = name.find('.', dot + 1);
      part.assign(name, dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
      found = found->get(part);
      dot = next;
    }
    return found;
  }

  // Partials were resolved at parse time.
  const Data* get_partial(const std::string&) const override { return nullptr; }

 private:
  std::vector<const Data*> items_;
};

// Appends what the renderer produces to a string, without section markers.
struct StringSink {
  std::string& out;
  StringSink& operator<<(const std::string& text) {
    std::string_view rest = text;
    for (size_t marker; (marker = rest.find(kSectionMarker)) != std::string_view::npos;) {
      out.append(rest.substr(0, marker));
      rest.remove_prefix(marker + 1);
    }
    out.append(rest);
    return *this;
  }
};

// `value` as kainjow data; `bytes` grows by the length of every string.
Data to_data(const nlohmann::json& value, size_t& bytes) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      Data out(Data::type::object);
      for (auto it = value.begin(); it != value.end(); ++it) out[it.key()] = to_data(*it, bytes);
      return out;
    }
    case nlohmann::json::value_t::array: {
      Data out(Data::type::list);
      // kainjow only copies lists in; moving the items in place saves a deep copy.
      auto& items = const_cast<kainjow::mustache::list&>(out.list_value());
      items.reserve(value.size());
      for (const auto& item : value) items.push_back(to_data(item, bytes));
      return out;
    }
    case nlohmann::json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      bytes += text.size();
      return text.empty() ? Data(false) : Data(text);
    }
    case nlohmann::json::value_t::boolean:
      return Data(value.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return Data(std::to_string(value.get<long long>()));
    case nlohmann::json::value_t::number_float: {
      std::ostringstream text;
      text << value.get<double>();
      return Data(text.str());
    }
    default:
      return Data(false);
  }
}

}  // namespace

std::optional<MustacheTemplate> MustacheTemplate::parse(std::string_view text,
                                                        const PartialTexts& partials,
                                                        std::string& error) {
  const std::optional<std::string> resolved = prepare_mustache_text(text, partials, error);
  if (!resolved) return std::nullopt;
  auto parsed = std::make_shared<Parsed>(*resolved);
  if (!parsed->is_valid()) {
    error = parsed->error_message() + " (offset in the template with its partials included)";
    return std::nullopt;
  }
  parsed->set_custom_escape([](const std::string& value) { return html_escape(value); });
  return MustacheTemplate(std::move(parsed));
}

std::string MustacheTemplate::render(const nlohmann::json& context) const {
  size_t bytes = 0;
  const Data data = to_data(context, bytes);
  std::string out;
  out.reserve(bytes + bytes / 4 + 4096);
  ContextStack stack(&data);
  StringSink sink{out};
  parsed_->render(stack, sink);
  return out;
}

}  // namespace mwp
