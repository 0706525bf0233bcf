# icuuc.dll for Wine, which has none (Windows 10 1903+ ships ICU as a system DLL): Qt6Core
# imports these 20 ucnv_* converter functions from it, used only for text encodings other
# than UTF-8/16/32 and Latin-1, which GridDesk never asks for. Every converter is missing:
# ucnv_open sets *err = U_MISSING_RESOURCE_ERROR (2) and returns NULL, the rest return 0.
# Built by build/wine-env.sh with binutils-mingw-w64 (as, ld); never shipped.
    .text
    .globl DllMain
DllMain:
    mov $1, %eax
    ret
    .globl ucnv_open
ucnv_open:
    test %rdx, %rdx
    jz 1f
    movl $2, (%rdx)
1:
    xor %eax, %eax
    ret
    .globl ucnv_close
ucnv_close:
    .globl UCNV_FROM_U_CALLBACK_SUBSTITUTE
UCNV_FROM_U_CALLBACK_SUBSTITUTE:
    .globl UCNV_TO_U_CALLBACK_SUBSTITUTE
UCNV_TO_U_CALLBACK_SUBSTITUTE:
    .globl ucnv_reset
ucnv_reset:
    .globl ucnv_getMaxCharSize
ucnv_getMaxCharSize:
    .globl ucnv_getName
ucnv_getName:
    .globl ucnv_getToUCallBack
ucnv_getToUCallBack:
    .globl ucnv_getFromUCallBack
ucnv_getFromUCallBack:
    .globl ucnv_setToUCallBack
ucnv_setToUCallBack:
    .globl ucnv_setFromUCallBack
ucnv_setFromUCallBack:
    .globl ucnv_cbToUWriteUChars
ucnv_cbToUWriteUChars:
    .globl ucnv_toUnicode
ucnv_toUnicode:
    .globl ucnv_cbFromUWriteUChars
ucnv_cbFromUWriteUChars:
    .globl ucnv_toUCountPending
ucnv_toUCountPending:
    .globl ucnv_fromUCountPending
ucnv_fromUCountPending:
    .globl ucnv_getStandardName
ucnv_getStandardName:
    .globl ucnv_getAvailableName
ucnv_getAvailableName:
    .globl ucnv_countAvailable
ucnv_countAvailable:
    .globl ucnv_fromUnicode
ucnv_fromUnicode:
    xor %eax, %eax
    ret
