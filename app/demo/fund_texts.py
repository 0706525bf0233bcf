"""Chinese texts of the demo's fund ledgers: who is paid for what, and why an entry
was reversed. Payee templates take {s} (a firm's head word, 鑫源) and {comm} (the
community's short name); descriptions take {n} (a small count) and {m} (a month).
"""

# the purposes (app/funds/types.PURPOSES) each fund type mostly pays for, with weights
PURPOSE_WEIGHTS = {
    "public": {"office": 24, "utilities": 22, "repairs": 16, "publicity": 10, "training": 8, "visits": 6,
               "other": 14},
    "service": {"activity": 24, "visits": 20, "repairs": 18, "volunteer": 16, "publicity": 8, "training": 6,
                "other": 8},
    "party": {"training": 34, "publicity": 26, "activity": 26, "visits": 14},
    "compound_party": {"activity": 32, "training": 24, "publicity": 22, "visits": 16, "volunteer": 6},
}

PAYEES = {
    "office": ("商州区{s}文具店", "商洛{s}办公设备有限公司", "{s}便民超市", "商州区{s}电脑经营部"),
    "activity": ("商州区{s}文化传媒有限公司", "{s}便民超市", "商州区{s}餐饮店", "商洛{s}演艺服务部", "{s}花艺店"),
    "publicity": ("商州区{s}图文广告部", "商洛{s}印务有限公司", "{s}广告制作部", "商州区{s}喷绘中心"),
    "visits": ("{s}便民超市", "商州区{s}粮油店", "{s}购物广场", "商州区{s}副食批发部"),
    "repairs": ("商州区{s}水电安装部", "商洛{s}建筑工程有限公司", "{s}五金建材店", "商州区{s}物业管理有限公司"),
    "training": ("商州区{s}图文广告部", "商州区{s}宾馆", "{s}书店", "商洛{s}文化传媒有限公司"),
    "volunteer": ("{s}便民超市", "商州区{s}服装店", "商洛{s}劳保用品经营部", "{s}饮用水配送站"),
    "utilities": ("国网商洛供电公司", "商洛市自来水公司", "商洛市热力公司", "中国电信商洛分公司",
                  "商州区{s}物业管理有限公司"),
    "other": ("商州区{s}便民服务部", "{s}便民超市", "商州区{s}保洁服务有限公司", "{s}五金建材店"),
}
# a utility bill names its payee
UTILITY_PAYEES = {"电费": "国网商洛供电公司", "水费": "商洛市自来水公司", "通信费": "中国电信商洛分公司",
                  "取暖费": "商洛市热力公司"}
FIRMS = ("鑫源", "华泰", "金盛", "秦岭", "丹江", "商山", "龙腾", "恒通", "瑞丰", "宏达", "永兴", "天和", "佳禾",
         "盛世", "博远", "德信", "仁和", "凤鸣", "明珠", "新华", "利民", "惠民", "顺达", "福满")

DESCRIPTIONS = {
    "office": ("购买A4打印纸{n}箱", "购买墨盒、硒鼓", "购置文件柜{n}组", "购买办公用品一批", "维修打印机更换配件",
               "购置档案盒{n}0个"),
    "activity": ("{m}月居民文体活动场地布置和物资", "“我们的节日”主题活动物资", "邻里节活动用品", "重阳节敬老活动",
                 "社区运动会奖品和饮用水", "端午节包粽子活动食材"),
    "publicity": ("印制政策宣传册{n}00份", "制作宣传展板{n}块", "党务居务公开栏更新", "印制便民服务联系卡",
                  "制作横幅{n}条"),
    "visits": ("春节走访慰问困难群众{n}户", "慰问独居老人米面油", "七一慰问老党员{n}名", "中秋走访慰问困难家庭",
               "慰问残疾人家庭"),
    "repairs": ("更换楼道声控灯", "维修小区破损路面", "维修社区活动室门窗", "疏通下水管道", "更换单元门禁",
                "维修健身器材"),
    "training": ("“三会一课”学习资料", "党员冬训学习资料和场地", "网格员业务培训资料", "购买学习书籍{n}0册",
                 "主题党日活动学习材料"),
    "volunteer": ("志愿者服装{n}0套", "志愿服务饮用水和防暑药品", "志愿者意外保险", "志愿服务工具和手套",
                  "扫雪除冰工具"),
    "utilities": ("{m}月电费", "{m}月水费", "{m}月网络通信费", "党群服务中心{m}月物业费", "冬季取暖费"),
    "other": ("社区环境卫生清运", "购置消防器材", "社区公示栏维护", "防汛物资储备"),
}

# descriptions naming a season fit only its months
SEASONS = {"春节": (1, 2), "七一": (6, 7), "中秋": (9, 10), "重阳": (10,), "端午": (5, 6), "取暖": (11, 12, 1, 2, 3),
           "冬训": (11, 12, 1, 2, 3), "扫雪": (12, 1, 2), "防暑": (6, 7, 8), "防汛": (5, 6, 7), "节日": (1, 2, 5, 9, 10)}


def descriptions(purpose: str, month: int) -> list[str]:
    return [d for d in DESCRIPTIONS[purpose] if all(month in months for word, months in SEASONS.items() if word in d)]

ALLOCATION = "{year}年度{label}拨付"
TRANSFER_OUT = "调出至{label}"
TRANSFER_IN = "由{label}调入"
TOP_UP = "经领导批准透支，由{label}调入补足"
# red reversals 红字冲销: what the corrected entry changes -> the reason given
REVERSALS = {
    "amount": "金额录入错误，按发票金额重新记账",
    "purpose": "支出用途分类错误，冲销后按正确用途重新记账",
    "payee": "收款单位名称有误，冲销后重新记账",
}
