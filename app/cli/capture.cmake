# cmake -DOUTPUT=file -P capture.cmake -- COMMAND ARGS...: runs the command
# and writes its standard output to OUTPUT, failing the build when it fails
# (add_custom_command has no portable redirection).
set(command)
set(found FALSE)
foreach(i RANGE ${CMAKE_ARGC})
    if(found AND DEFINED CMAKE_ARGV${i})
        list(APPEND command "${CMAKE_ARGV${i}}")
    elseif("${CMAKE_ARGV${i}}" STREQUAL "--")
        set(found TRUE)
    endif()
endforeach()
execute_process(COMMAND ${command} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    message(FATAL_ERROR "${command} failed: ${result}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
