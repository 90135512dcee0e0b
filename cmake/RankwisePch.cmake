# Precompiled Qt headers. Most of the build's time went into parsing the same
# Qt headers for every file (each test is one file that includes QtTest and,
# for the window's tests, QtWidgets): the libraries get their own precompiled
# header, and every test reuses one of two built once (core-level tests and
# the window's tests, whose compile definitions differ).

option(RANKWISE_PCH "Precompile the Qt headers the sources include" ON)

set(RANKWISE_PCH_CORE <QtCore/QtCore> <QtGui/QtGui> <QtSql/QtSql>)
set(RANKWISE_PCH_WIDGETS ${RANKWISE_PCH_CORE} <QtWidgets/QtWidgets>)

# rankwise_precompile(TARGET core|widgets): the target gets its own
# precompiled header of the Qt headers at that level.
function(rankwise_precompile target level)
    if(NOT RANKWISE_PCH)
        return()
    endif()
    if(level STREQUAL "widgets")
        target_precompile_headers(${target} PRIVATE ${RANKWISE_PCH_WIDGETS})
    else()
        target_precompile_headers(${target} PRIVATE ${RANKWISE_PCH_CORE})
    endif()
endfunction()
