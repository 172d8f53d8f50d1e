# mwp_module(NAME [PUBLIC <modules and targets...>] [PRIVATE <modules and targets...>])
#
# Declares one pipeline stage living in src/<NAME>/: a static library mwp_<NAME>
# built from every *.cc in the folder except *_test.cc, and, when the folder has
# tests, a GoogleTest executable mwp_<NAME>_test registered with ctest.
# Headers are included as "<NAME>/<file>.h" from the src/ root. PUBLIC lists
# what the folder's headers include, so that every user of the library gets
# it; PRIVATE what only its .cc files use. A module is named by its folder
# ("text"), a library by its imported target ("fmt::fmt").
function(mwp_module NAME)
  cmake_parse_arguments(ARG "" "" "PUBLIC;PRIVATE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(tests ${sources})
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  list(FILTER tests INCLUDE REGEX "_test\\.cc$")
  foreach(scope IN ITEMS PUBLIC PRIVATE)
    set(${scope}_deps)
    foreach(dep IN LISTS ARG_${scope})
      if(TARGET mwp_${dep})
        list(APPEND ${scope}_deps mwp_${dep})
      else()
        list(APPEND ${scope}_deps ${dep})
      endif()
    endforeach()
  endforeach()
  add_library(mwp_${NAME} STATIC ${sources})
  target_include_directories(mwp_${NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(mwp_${NAME} PUBLIC ${PUBLIC_deps} PRIVATE ${PRIVATE_deps} mwp_options)
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
