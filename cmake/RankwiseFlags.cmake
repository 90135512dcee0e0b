# One INTERFACE target that every Rankwise target links: the language level,
# warnings and the strict Qt flags live here and nowhere else.

option(RANKWISE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(rankwise_build_flags INTERFACE)
add_library(Rankwise::BuildFlags ALIAS rankwise_build_flags)

target_compile_features(rankwise_build_flags INTERFACE cxx_std_20)

# Only macros Qt 6.4's headers read (Debian 12 ships 6.4.2): newer ones such
# as QT_NO_CONTEXTLESS_CONNECT (6.7) or QT_DISABLE_DEPRECATED_UP_TO (6.5), and
# Qt 5's QT_STRICT_ITERATORS, would be accepted silently and do nothing.
# QT_DISABLE_DEPRECATED_BEFORE removes every API deprecated up to 6.4.
target_compile_definitions(rankwise_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_JAVA_STYLE_ITERATORS
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RANKWISE_VERSION="${PROJECT_VERSION}"
    RANKWISE_APP_ID="${RANKWISE_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rankwise_build_flags INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
        -Wmissing-declarations
        $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>)
endif()

# Hardening for what we ship (Debian's defaults): fortified libc calls, stack
# protector, read-only relocations bound at load time.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT RANKWISE_SANITIZE AND NOT RANKWISE_BUILD_FUZZERS)
    target_compile_options(rankwise_build_flags INTERFACE
        -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(rankwise_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

# Sanitizers for the asan preset: address + undefined behaviour, failing hard
# on the first report so ctest sees a non-zero exit.
if(RANKWISE_SANITIZE)
    set(_rw_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(rankwise_build_flags INTERFACE ${_rw_san})
    target_link_options(rankwise_build_flags INTERFACE ${_rw_san})
endif()

# The fuzz preset instruments everything for libFuzzer's coverage feedback
# and catches memory errors while fuzzing.
if(RANKWISE_BUILD_FUZZERS)
    set(_rw_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_compile_options(rankwise_build_flags INTERFACE ${_rw_fuzz})
    target_link_options(rankwise_build_flags INTERFACE -fsanitize=address,undefined)
endif()
