# bcryptprimitives.dll for Wine 8.0, which has none: Rust programs (cryptography, pyrage,
# uuid-utils) import ProcessPrng from it since Rust 1.78. ProcessPrng(buffer, size) fills the
# buffer from RtlGenRandom (advapi32!SystemFunction036) and, like Windows' own, returns TRUE.
# Built by build/wine-env.sh with binutils-mingw-w64 (as, dlltool, ld); never shipped.
    .text
    .globl DllMain
DllMain:
    mov $1, %eax
    ret
    .globl ProcessPrng
ProcessPrng:
    sub $40, %rsp
    call *__imp_SystemFunction036(%rip)
    add $40, %rsp
    mov $1, %eax
    ret
