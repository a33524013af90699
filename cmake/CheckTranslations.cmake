# Run as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DTS_FILES="a.ts|b.ts" -DWORK_DIR=... -P CheckTranslations.cmake
# Extracts the messages of ui/ and app/desktop/ into a copy of each catalogue, exactly as
# `update_translations` would, and fails when any message there is unfinished: new, changed
# since it was translated, or never translated. The catalogues in the source tree are not touched.
string(REPLACE "|" ";" ts_files "${TS_FILES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  set(copy "${WORK_DIR}/${name}")
  file(COPY_FILE "${ts}" "${copy}")
  execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app/desktop" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}:\n${out}${err}")
  endif()
  file(STRINGS "${copy}" lines ENCODING UTF-8)
  set(source "")
  set(messages 0)
  foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
      set(source "${CMAKE_MATCH_1}")
      math(EXPR messages "${messages} + 1")
    elseif(line MATCHES "<source>(.*)")
      set(source "${CMAKE_MATCH_1}…")
      math(EXPR messages "${messages} + 1")
    endif()
    if(line MATCHES "type=\"unfinished\"" OR line MATCHES "<translation></translation>"
       OR line MATCHES "<numerusform></numerusform>")
      string(APPEND failures "\n  ${name}: ${source}")
    endif()
  endforeach()
  if(messages EQUAL 0)
    message(FATAL_ERROR "${name}: lupdate found no messages in ${SOURCE_DIR}/ui; is the path right?")
  endif()
  message(STATUS "${name}: ${messages} messages")
endforeach()
if(failures)
  message(FATAL_ERROR "Untranslated or outdated messages (run the update_translations target, then translate them "
                      "in Qt Linguist):${failures}")
endif()
