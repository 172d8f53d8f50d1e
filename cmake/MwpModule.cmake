# mwp_module(NAME DEPS <modules and targets...>)
#
# Declares one pipeline stage living in src/<NAME>/: a static library mwp_<NAME>
# built from every *.cc in the folder except *_test.cc, and, when the folder has
# tests, a GoogleTest executable mwp_<NAME>_test registered with ctest.
# Headers are included as "<NAME>/<file>.h" from the src/ root.
function(mwp_module NAME)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(tests ${sources})
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  list(FILTER tests INCLUDE REGEX "_test\\.cc$")
  set(deps)
  foreach(dep IN LISTS ARG_DEPS)
    if(TARGET mwp_${dep})
      list(APPEND deps mwp_${dep})
    else()
      list(APPEND deps ${dep})
    endif()
  endforeach()
  add_library(mwp_${NAME} STATIC ${sources})
  target_include_directories(mwp_${NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(mwp_${NAME} PUBLIC ${deps} PRIVATE mwp_options)
  if(tests AND MWP_BUILD_TESTS)
    add_executable(mwp_${NAME}_test ${tests})
    target_link_libraries(mwp_${NAME}_test PRIVATE mwp_${NAME} mwp_options GTest::gtest GTest::gmock GTest::gtest_main)
    target_include_directories(mwp_${NAME}_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(mwp_${NAME}_test PRIVATE
      MWP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      MWP_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    add_test(NAME unit.${NAME} COMMAND mwp_${NAME}_test)
  endif()
endfunction()
