# CTest's fuzz_replay_<target> in the libFuzzer build:
#   cmake -DFUZZER=<fuzz_target> -DINPUTS=<folder;folder...> -P replay.cmake
# Every folder must exist and hold at least one input (a seed folder that
# lost its files would otherwise replay nothing and pass); then the target
# runs every input once (-runs=0: no fuzzing) and must report all of them.
set(total 0)
foreach(folder IN LISTS INPUTS)
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${folder}/*")
    if(NOT files)
        message(FATAL_ERROR "${folder}: no such folder or no input in it; a replay needs its inputs")
    endif()
    foreach(f IN LISTS files)
        file(SIZE "${f}" bytes)
        if(bytes GREATER 0) # libFuzzer skips empty files (the target sees empty input anyway)
            math(EXPR total "${total} + 1")
        endif()
    endforeach()
endforeach()
execute_process(COMMAND ${FUZZER} -runs=0 ${INPUTS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed on one of the inputs (exit ${rc})")
endif()
# libFuzzer: "INFO: seed corpus: files: N min: ..." counts what it read.
if(NOT out MATCHES "seed corpus: files: ${total} ")
    message(FATAL_ERROR "${FUZZER} did not read all ${total} inputs")
endif()
message("${total} input(s) replayed without a failure")
