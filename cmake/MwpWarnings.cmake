# Warning and sanitizer flags shared by every mwp target (applied through mwp_options).
add_library(mwp_options INTERFACE)
target_compile_options(mwp_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
  # GCC 12 reports impossible overlaps inside std::string::replace/insert at -O2
  # (GCC bug 105329, fixed in GCC 13); the warning is noise on this compiler.
  -Wno-restrict)
if(MWP_WERROR)
  target_compile_options(mwp_options INTERFACE -Werror)
endif()
if(MWP_SANITIZE)
  target_compile_options(mwp_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(mwp_options INTERFACE -fsanitize=address,undefined)
endif()
