# mwp_peer_test(NAME <name> NEEDS <peer>... COMMAND <command>...)
#
# Adds a test that runs <command> after tests/support/run_with_peers.sh has
# checked the peers it needs (node, chromium, java, nginx, wrk, hugo, time,
# python3, python3-yaml, apa-csl, apt-file, debootstrap, dpkg-shlibdeps, shared,
# npm:<package>). A missing peer
# fails the test with what to install: tests are never skipped because a
# peer is absent, at configure time or at run time.
function(mwp_peer_test)
  cmake_parse_arguments(ARG "" "NAME" "NEEDS;COMMAND" ${ARGN})
  add_test(NAME ${ARG_NAME}
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/support/run_with_peers.sh ${PROJECT_SOURCE_DIR}
            ${ARG_NEEDS} -- ${ARG_COMMAND})
endfunction()
