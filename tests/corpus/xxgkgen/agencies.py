"""Agencies of many kinds: who they are, what they may issue, how they call themselves."""

PLACES = [
    # province, city, [(district/county, kind)], web domain
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区"], "xm.gov.cn"),
    ("福建省", "漳州市", ["芗城区", "龙文区", "漳浦县", "云霄县", "诏安县", "长泰区"], "zhangzhou.gov.cn"),
    ("福建省", "泉州市", ["鲤城区", "丰泽区", "晋江市", "南安市", "安溪县"], "quanzhou.gov.cn"),
    ("甘肃省", "庆阳市", ["西峰区", "庆城县", "环县", "华池县", "合水县"], "zgqingyang.gov.cn"),
    ("甘肃省", "兰州市", ["城关区", "七里河区", "榆中县", "皋兰县"], "lanzhou.gov.cn"),
    ("内蒙古自治区", "包头市", ["昆都仑区", "青山区", "东河区", "九原区", "固阳县"], "baotou.gov.cn"),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区", "昆山市", "常熟市"], "suzhou.gov.cn"),
    ("江苏省", "南京市", ["玄武区", "秦淮区", "鼓楼区", "江宁区", "溧水区"], "nanjing.gov.cn"),
    ("浙江省", "宁波市", ["海曙区", "江北区", "鄞州区", "象山县", "宁海县"], "ningbo.gov.cn"),
    ("广东省", "佛山市", ["禅城区", "南海区", "顺德区", "三水区", "高明区"], "foshan.gov.cn"),
    ("四川省", "绵阳市", ["涪城区", "游仙区", "三台县", "盐亭县", "梓潼县"], "my.gov.cn"),
    ("河南省", "洛阳市", ["老城区", "西工区", "洛龙区", "孟津区", "栾川县"], "ly.gov.cn"),
    ("山东省", "潍坊市", ["潍城区", "奎文区", "寿光市", "青州市", "临朐县"], "weifang.gov.cn"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区", "远安县", "秭归县"], "yichang.gov.cn"),
    ("云南省", "曲靖市", ["麒麟区", "沾益区", "马龙区", "陆良县", "师宗县"], "qj.gov.cn"),
    ("湖南省", "株洲市", ["荷塘区", "芦淞区", "石峰区", "天元区", "攸县"], "zhuzhou.gov.cn"),
]

# (name, self-reference, request scale, licensing scale, penalty scale)
CITY_DEPARTMENTS = [
    ("人民政府办公室", "我办", 2, 0, 0), ("人民政府外事办公室", "我办", 0, 0, 0),
    ("发展和改革委员会", "我委", 2, 2, 1), ("教育局", "我局", 2, 1, 1), ("民政局", "我局", 2, 2, 1),
    ("财政局", "我局", 2, 0, 1), ("人力资源和社会保障局", "我局", 3, 3, 2),
    ("自然资源和规划局", "我局", 4, 3, 3), ("自然资源局", "我局", 4, 3, 3), ("生态环境局", "我局", 3, 2, 3),
    ("住房和城乡建设局", "我局", 4, 3, 3), ("交通运输局", "我局", 2, 3, 4), ("水利局", "我局", 2, 2, 2),
    ("农业农村局", "我局", 2, 3, 2), ("商务局", "我局", 1, 2, 1), ("文化和旅游局", "我局", 1, 2, 2),
    ("卫生健康委员会", "我委", 2, 3, 3), ("退役军人事务局", "我局", 1, 0, 0), ("应急管理局", "我局", 2, 2, 3),
    ("审计局", "我局", 1, 0, 0), ("市场监督管理局", "我局", 3, 4, 4), ("统计局", "我局", 1, 0, 1),
    ("医疗保障局", "我局", 2, 1, 2), ("司法局", "我局", 1, 2, 1), ("林业局", "我局", 1, 2, 2),
    ("城市管理局", "我局", 2, 3, 4), ("数据资源管理局", "我局", 1, 0, 0), ("公安局", "我局", 3, 4, 4),
]

STREETS = ["城关", "东湖", "南街", "新华", "人民路", "解放", "滨江", "西湖", "莲前", "金山", "开元", "中山路",
           "鼓楼", "北关", "文化路", "建设路", "朝阳", "东城", "西城", "长安"]
TOWNS = [("石桥镇", "我镇"), ("龙泉镇", "我镇"), ("白沙镇", "我镇"), ("太平镇", "我镇"), ("新店镇", "我镇"),
         ("马坪镇", "我镇"), ("长乐乡", "我乡"), ("清水乡", "我乡"), ("官桥镇", "我镇"), ("三河镇", "我镇"),
         ("桃源乡", "我乡"), ("古城镇", "我镇"), ("黄土镇", "我镇"), ("双溪乡", "我乡")]
ZONES = ["高新技术产业开发区", "经济技术开发区", "综合保税区", "临港经济开发区"]


class Agency:
    def __init__(self, name, kind, selfref, short, site, scales, can_rules, phone_area):
        self.name, self.kind, self.selfref, self.short, self.site = name, kind, selfref, short, site
        self.req_scale, self.lic_scale, self.pen_scale = scales
        self.can_rules = can_rules          # only a 设区的市 / province government issues 规章
        self.phone_area = phone_area
        self.is_government = kind in ("city_gov", "county_gov", "town", "province_gov")


def _area(rng):
    return "0" + str(rng.randint(350, 939))


def make_agency(rng):
    prov, city, districts, domain = rng.choice(PLACES)
    kind = rng.choices(["city_gov", "city_dept", "county_gov", "county_dept", "street", "town", "zone",
                        "province_gov", "province_dept"],
                       weights=[6, 30, 12, 22, 10, 10, 4, 1, 5])[0]
    district = rng.choice(districts)
    site = f"www.{domain}"
    area = _area(rng)
    if kind == "city_gov":
        return Agency(f"{city}人民政府", kind, rng.choice(["市政府", "我市"]), city, site, (4, 2, 2), True, area)
    if kind == "province_gov":
        return Agency(f"{prov}人民政府", kind, "省政府", prov, site, (4, 1, 1), True, area)
    if kind == "province_dept":
        name, selfref, *scales = rng.choice(CITY_DEPARTMENTS[2:])
        name = name.replace("局", "厅").replace("委员会", "委员会")
        return Agency(f"{prov}{name}", kind, selfref.replace("局", "厅"), prov, site, tuple(scales), False, area)
    if kind == "city_dept":
        name, selfref, *scales = rng.choice(CITY_DEPARTMENTS)
        return Agency(f"{city}{name}", kind, selfref, city, site, tuple(scales), False, area)
    if kind == "county_gov":
        prefix = city if rng.random() < 0.4 else ""
        return Agency(f"{prefix}{district}人民政府", kind, rng.choice(["区政府", "我区", "本机关"])
                      if district.endswith("区") else rng.choice(["县政府", "我县", "本机关"]),
                      district, site, (3, 2, 2), False, area)
    if kind == "county_dept":
        name, selfref, *scales = rng.choice(CITY_DEPARTMENTS[1:])
        name = name.replace("人民政府外事办公室", "人民政府办公室")
        prefix = city if rng.random() < 0.5 else ""
        scales = tuple(max(0, s - 1) for s in scales)
        return Agency(f"{prefix}{district}{name}", kind, selfref, district, site, scales, False, area)
    if kind == "street":
        street = rng.choice(STREETS)
        prefix = (city if rng.random() < 0.3 else "") + district
        return Agency(f"{prefix}{street}街道办事处", kind, rng.choice(["我街道", "本街道", "街道办事处"]),
                      street, site, (1, 1, 1), False, area)
    if kind == "town":
        town, selfref = rng.choice(TOWNS)
        prefix = (city if rng.random() < 0.2 else "") + district
        return Agency(f"{prefix}{town}人民政府", kind, selfref, town, site, (1, 1, 1), False, area)
    zone = rng.choice(ZONES)
    return Agency(f"{city}{zone}管理委员会", kind, rng.choice(["我区", "管委会", "本机关"]), city, site,
                  (2, 2, 1), False, area)
