"""What the bills of quantities and price lists are made of: 工程量清单 items by 分部, goods and services.

Each entry: (项目编码 stem, 名称, 项目特征, 单位, quantity range, 综合单价 range in yuan, fee key the enterprise
declares it under). 项目编码 stems follow the 0305 建筑智能化工程 chapter's shape; the last three digits are the
serial within the bill.
"""

from __future__ import annotations

BILL_SECTIONS: dict[str, list[tuple[str, str, str, str, tuple[int, int], tuple[int, int], str]]] = {
    "计算机网络系统": [
        ("030501012", "核心交换机", "万兆三层，48个万兆SFP+光口，双电源，含安装、调试", "台", (1, 2), (38000, 68000), "hardware_purchase"),
        ("030501012", "汇聚交换机", "24个千兆光口+4个万兆上联口，三层，含安装、调试", "台", (3, 10), (6800, 12800), "hardware_purchase"),
        ("030501012", "接入交换机（POE）", "24口千兆电口POE+4口千兆光口，二层网管，含安装", "台", (8, 36), (1900, 3600), "hardware_purchase"),
        ("030501015", "下一代防火墙", "吞吐量≥10Gbps，含三年特征库升级，含安装、策略配置", "台", (1, 2), (26000, 48000), "hardware_purchase"),
        ("030501013", "无线AP", "Wi-Fi 6双频吸顶式，POE供电，含安装、调试", "台", (16, 72), (680, 1450), "hardware_purchase"),
        ("030501018", "网络系统调试", "全网设备配置、VLAN划分、联调测试", "系统", (1, 1), (18000, 45000), "integration_implementation"),
    ],
    "综合布线系统": [
        ("030502005", "六类非屏蔽双绞线", "CAT6 UTP 4对，穿管或线槽敷设", "m", (2400, 11000), (3, 6), "integration_implementation"),
        ("030502007", "室外单模光缆", "12芯单模铠装，管道或架空敷设", "m", (600, 3800), (5, 10), "integration_implementation"),
        ("030502012", "信息插座", "六类单口/双口模块及面板，含打线、测试", "个", (60, 280), (45, 85), "hardware_purchase"),
        ("030502010", "配线架", "24口六类配线架，含理线器", "个", (8, 30), (380, 760), "hardware_purchase"),
        ("030502001", "标准机柜", "42U 600×1000，含PDU、层板", "台", (2, 8), (2800, 5600), "hardware_purchase"),
        ("030502019", "光纤熔接及测试", "单模光纤熔接，含尾纤、测试记录", "芯", (48, 288), (28, 45), "integration_implementation"),
        ("030411003", "镀锌钢制桥架", "200×100，含支架、接地跨接", "m", (120, 780), (48, 96), "integration_implementation"),
    ],
    "视频监控系统": [
        ("030507004", "网络枪型摄像机", "400万像素，红外50m，H.265，含支架、安装、调试", "台", (16, 110), (780, 1650), "hardware_purchase"),
        ("030507004", "网络高清球型摄像机", "400万像素，25倍光学变焦，含支架、安装、调试", "台", (3, 14), (3200, 6800), "hardware_purchase"),
        ("030507008", "网络硬盘录像机", "64路，8盘位，含安装、调试", "台", (1, 4), (9800, 18600), "hardware_purchase"),
        ("030507008", "监控专用硬盘", "8TB 企业级", "块", (8, 32), (1350, 1980), "hardware_purchase"),
        ("030507011", "监控立杆及基础", "6m 镀锌立杆，含基础浇筑、接地", "根", (8, 36), (1600, 2900), "integration_implementation"),
        ("030507014", "视频监控系统调试", "系统联调、存储策略配置、联网接入", "系统", (1, 1), (12000, 32000), "integration_implementation"),
    ],
    "机房及配套工程": [
        ("030501006", "机架式服务器", "2×16核CPU，256G内存，4×2.4T硬盘，含上架、系统安装", "台", (2, 6), (32000, 68000), "hardware_purchase"),
        ("030501007", "存储设备", "双控，有效容量≥100TB，含安装、配置", "台", (1, 2), (68000, 128000), "hardware_purchase"),
        ("030411001", "UPS不间断电源", "20kVA在线式，后备1小时，含电池柜", "台", (1, 2), (28000, 46000), "hardware_purchase"),
        ("030704001", "机房精密空调", "12.5kW 风冷恒温恒湿，含室外机、管路", "台", (1, 2), (36000, 62000), "hardware_purchase"),
        ("011104002", "防静电活动地板", "600×600全钢，高300mm，含支架", "m2", (36, 120), (260, 420), "integration_implementation"),
        ("030508003", "动力环境监控系统", "温湿度、漏水、烟感、UPS监测，含平台", "套", (1, 1), (26000, 52000), "hardware_purchase"),
    ],
    "软件平台": [
        ("030501020", "视频综合管理平台软件", "支持≥500路接入，含授权及部署", "套", (1, 1), (48000, 120000), "software_purchase"),
        ("030501020", "网络运维管理软件", "支持≥200节点，含授权及部署", "套", (1, 1), (26000, 68000), "software_purchase"),
        ("030501021", "业务平台定制开发", "按需求规格说明书开发、测试、部署", "项", (1, 1), (60000, 180000), "software_development"),
        ("030501021", "数据对接及迁移", "与既有系统接口开发、历史数据迁移", "项", (1, 1), (18000, 52000), "data_processing"),
    ],
}

SECTION_NUMERALS = "一二三四五六七八九十"

GOODS: list[tuple[str, str, str, tuple[int, int], tuple[int, int], str, str]] = [
    # name, spec/model, unit, qty range, 含税单价 range, fee key, invoice tax category
    ("服务器", "2U机架式 2×Xeon 16C/256G/4×2.4T", "台", (2, 6), (32000, 58000), "hardware_purchase", "*计算机外部设备*"),
    ("存储设备", "统一存储 双控 ≥60TB", "台", (1, 1), (56000, 98000), "hardware_purchase", "*计算机外部设备*"),
    ("三层交换机", "24口千兆+4口万兆", "台", (2, 8), (5800, 9800), "hardware_purchase", "*通信设备*"),
    ("LED拼接显示屏", "P1.8 小间距 含控制器", "m2", (6, 18), (9800, 16800), "hardware_purchase", "*显示器件*"),
    ("业务终端", "i5/16G/512G SSD/23.8寸", "台", (10, 40), (4600, 6200), "hardware_purchase", "*计算机*"),
    ("数据库软件", "企业版 永久授权", "套", (1, 2), (38000, 86000), "software_purchase", "*软件*"),
    ("操作系统及中间件", "国产化操作系统+应用中间件", "套", (2, 8), (4200, 9800), "software_purchase", "*软件*"),
]

SERVICES: list[tuple[str, str, tuple[int, int], str, str]] = [
    # name, 备注, amount range, fee key, invoice item
    ("应用系统定制开发", "按需求规格说明书", (80000, 260000), "software_development", "*信息技术服务*软件开发服务"),
    ("系统集成实施", "安装、联调、试运行", (30000, 90000), "integration_implementation", "*信息技术服务*信息系统集成服务"),
    ("一年运维服务", "驻场+远程，7×24响应", (20000, 60000), "operation_maintenance", "*信息技术服务*运行维护服务"),
    ("方案咨询设计", "需求调研、深化设计", (15000, 45000), "consulting_design", "*信息技术服务*信息技术咨询服务"),
    ("数据治理及迁移", "历史数据清洗、迁移", (20000, 70000), "data_processing", "*信息技术服务*数据处理服务"),
]

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}
"""How a 合同价款构成 table names each declared fee."""
