# Finds the system SQLCipher (the only SQLite library allowed in a Lintas process).
# Provides SQLCipher::SQLCipher. SQLITE_HAS_CODEC must be defined for sqlite3_key & co.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()
find_path(SQLCipher_INCLUDE_DIR sqlite3.h HINTS ${PC_SQLCIPHER_INCLUDE_DIRS} PATH_SUFFIXES sqlcipher)
find_library(SQLCipher_LIBRARY NAMES sqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})
set(SQLCipher_VERSION ${PC_SQLCIPHER_VERSION})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_LIBRARY SQLCipher_INCLUDE_DIR
                                  VERSION_VAR SQLCipher_VERSION)
if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
  add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
  set_target_properties(SQLCipher::SQLCipher PROPERTIES
    IMPORTED_LOCATION "${SQLCipher_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCipher_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC")
endif()
mark_as_advanced(SQLCipher_INCLUDE_DIR SQLCipher_LIBRARY)
