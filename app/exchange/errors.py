"""The one exception of the bundle layer: a stable `code` per import stage and a
Chinese message that tells the clerk what to do next.

Codes (docs/bundle-format.md, "Reading"):
  E_CORRUPT    not a bundle, cut short, altered, or breaks a format limit
  E_SIGNATURE  unknown, revoked or mismatched signer, or a signature that does not verify
  E_NOT_FOR_US addressed to another site, or encrypted to a key this site does not hold
  E_TOO_NEW    written by a newer GridDesk (format or schema version)
  E_WRITE      writing the bundle failed; nothing usable was left behind
  E_HEADER     the caller's header fields are invalid (a programming error, while writing)
  E_SCOPE      (sync layer) a record outside the sender's subtree, or reference data from a site
  E_ROW        (sync layer) a malformed record, a stamp from the future, a missing parent record
               or a posted ledger entry that was changed
  E_VOUCHER    (sync layer) a voucher number already used by another entry of the same fund
"""

from app.errors import GridDeskError

CORRUPT = "E_CORRUPT"
SIGNATURE = "E_SIGNATURE"
NOT_FOR_US = "E_NOT_FOR_US"
TOO_NEW = "E_TOO_NEW"
WRITE = "E_WRITE"
HEADER = "E_HEADER"
SCOPE = "E_SCOPE"
ROW = "E_ROW"
VOUCHER = "E_VOUCHER"

_ADVICE = {
    CORRUPT: "数据包已损坏或不完整（可能拷贝中断或U盘故障）。请让对方重新导出一份，再导入。",
    SIGNATURE: "数据包的签名无法确认来自已登记的站点，已拒绝导入。请联系区级管理员核对站点密钥。",
    NOT_FOR_US: "这个数据包不是发给本站的，已拒绝导入。请确认U盘里的文件是发给本站的。",
    TOO_NEW: "这个数据包由更新版本的 GridDesk 生成。请先把本机的 GridDesk 升级到最新版本，再导入。",
    WRITE: "数据包没有写成功，U盘上没有留下可用的文件。请检查U盘是否已满或被拔出，然后重新导出。",
    HEADER: "导出参数有误，数据包没有生成。请联系技术支持。",
    SCOPE: "本站数据未作任何改动。",
    ROW: "本站数据未作任何改动。",
    VOUCHER: "",
}


class BundleError(GridDeskError):
    """`code` is one of the E_* constants; `detail` is an English reason for
    the log and the tests; `message` (shown to the clerk) is an optional Chinese
    `hint` followed by the advice for the code."""

    code = CORRUPT

    def __init__(self, code: str, detail: str, hint: str = ""):
        super().__init__(hint + _ADVICE[code])
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"
