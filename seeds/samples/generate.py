#!/usr/bin/env python3
"""Generates the sample streams of huixiang: posts.jsonl and messages.jsonl.

Written for this project: every text below is invented for 高县, none is copied. Deterministic
(fixed seed), so the files only change when this script does. Personal data is synthetic:
phone numbers in unassigned-looking ranges and ID card numbers with valid check digits.
Run: python3 seeds/samples/generate.py   (rewrites the two files next to it)
"""
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

rnd = random.Random(20261120)
CST = timezone(timedelta(hours=8))
BASE = datetime(2026, 11, 1, 8, 0, tzinfo=CST)

# the official towns (seeds/gazetteer/county.yaml); villages by name only, any town
TOWNS = ["文江镇", "庆符镇", "沙河镇", "嘉乐镇", "罗场镇", "蕉村镇", "可久镇", "来复镇", "月江镇",
         "胜天镇", "复兴镇", "落润镇", "庆岭镇"]
VILLAGES = ["胜利村", "七宝村", "石龙村", "柳湖社区", "符江社区", "硕勋社区", "腾龙社区", "凉村社区", "黄泥村", "楠木村"]

# What real streams are mostly made of: posts about elsewhere, chatter, emoticons, bare reposts and
# ads. They are indexed and searchable but raise no alert (rules.yaml scope).
NOISE = [
    "成都地铁早高峰又挤爆了，感觉自己被压成了照片[泪]",
    "重庆一小区昨晚发生火灾，消防及时赶到，暂无人员伤亡。",
    "珙县某工地发生一起高处坠落事故，一名工人受伤送医。",
    "今天加班到十点，累死了，明天还要早起[衰]",
    "[赞][赞][赞]",
    "转发微博",
    "哈哈哈//@小鱼儿:[哈哈]//@阿强:转发微博",
    "新店开业全场八折，扫码加微信还送小礼品，限时三天！",
    "男朋友又忘了纪念日，气炸了！",
    "昆明的天空太蓝了，随手一拍都是壁纸",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林"
GIVEN = ["建国", "秀英", "志强", "丽华", "小红", "德明", "春梅", "文杰", "海燕", "国华", "玉兰", "明亮"]

# (topic, kind, sentiment, text) — kind: post/message/both; {t}=town {v}=village {n}=number
TEMPLATES = [
    ("major-projects", "post", "neu", "{t}产业园重大项目今天集中开工，总投资{n}亿元，成渝地区双城经济圈建设又添新动能。"),
    ("major-projects", "message", "neg", "{t}{v}的项目建设停工快一年了，工地一直荒着，说好的招商引资项目到底还建不建？希望政府公开进展。"),
    ("tech-innovation", "post", "pos", "高县经信科技局组织中小企业参加科技创新对接会，{n}家企业拿到了专利转化合作，点赞！"),
    ("tech-innovation", "message", "neu", "请问县里对高新技术企业认定有什么扶持政策？我们是{t}的一家小企业，想申请科技创新补助。"),
    ("rural-revitalization", "post", "pos", "{t}{v}的乡村振兴示范点建起来了，产业帮扶种的茶叶今年增收不少，村民都很高兴。"),
    ("rural-revitalization", "message", "neg", "我是{t}{v}的脱贫户，今年的衔接资金公示里没有我们村的项目，帮扶干部也找不到人，请乡村振兴局核实。"),
    ("rural-revitalization", "message", "neg", "{v}的易地搬迁安置点房子漏水，住进来才两年，防返贫监测户反映多次没人管。"),
    ("employment", "post", "neu", "县人社局{t}专场招聘会明天举行，提供{n}个岗位，高校毕业生和农民工都可以来。"),
    ("employment", "message", "neu", "我是今年的高校毕业生，户口在{t}，想问一下公益性岗位怎么报名，创业担保贷款需要什么材料？"),
    ("employment", "message", "neg", "失业半年了，去{t}就业服务站登记了三次都说等通知，职业培训的名额也没有，太失望了。"),
    ("labor-rights", "post", "neg", "{t}某工地老板拖欠工资{n}个月了，我们几十个农民工讨薪无门，到处找人都推诿扯皮，年底了孩子学费都交不起[泪]"),
    ("labor-rights", "message", "neg", "我在{t}的一家砖厂上班，老板不签劳动合同也不买社保，受了工伤不给赔，多次找劳动监察都没有结果，请求帮助。"),
    ("labor-rights", "message", "neg", "反映{t}{v}安置房项目包工头欠薪问题，涉及农民工{n}人，拖欠工资共计{n}万元，已经拖了大半年。"),
    ("social-assistance", "post", "pos", "{t}敬老院新装了热水器和暖气，老人们住得很温暖，感谢民政局的贴心安排。"),
    ("social-assistance", "message", "neg", "我母亲今年{n}岁，一个人在{t}{v}生活，申请低保两次都没批下来，也没人告诉原因，社会救助是不是不管我们这种困难群众？"),
    ("social-assistance", "message", "neu", "请问高龄补贴怎么申请？我父亲八十岁了，户籍在{t}。"),
    ("medical-insurance", "message", "neg", "在宜宾住院异地就医报销了三个月还没到账，医保局窗口让我们来回跑，太不方便了。"),
    ("medical-insurance", "post", "neu", "2027年度城乡居民医保开始缴费了，{t}的朋友记得在12月底前参保，医保卡可以直接报销门诊费用。"),
    ("health", "post", "neg", "{t}卫生院的医生态度恶劣，老人看病排了一上午，最后说没有药，让去县医院，急诊都没人管！"),
    ("health", "message", "neg", "孩子在{t}卫生院接种疫苗后一直发烧，医生说是正常反应，但已经三天了，担心是医疗事故，请卫健局调查。"),
    ("health", "post", "pos", "县医院的护士非常耐心，我爸住院这一周照顾得很好，点赞高县医疗团队！"),
    ("education", "post", "neg", "{t}某小学让学生在校外补课，一节课收费一百，老师上课不讲重点，家长敢怒不敢言[怒]"),
    ("education", "message", "neg", "我家孩子在{t}中学读书，学校食堂饭菜经常变质，孩子吃了拉肚子，向学校反映了多次没有回复，请教体局调查。"),
    ("education", "message", "neu", "请问明年秋季{t}小学一年级入学需要什么材料？学区是怎么划分的？"),
    ("education", "post", "pos", "{t}中学新建的校园操场投入使用了，学生们终于有了标准跑道，家长都点赞。"),
    ("public-service-fees", "message", "neg", "{t}{v}最近一个月停电五次，也不提前通知，冰箱里的东西都坏了，供电所收费标准也不公开，乱收费严重。"),
    ("public-service-fees", "message", "neu", "请问县里天然气安装费的收费标准是多少？{t}新小区收了我们三千多，不知道合不合理。"),
    ("business-environment", "post", "pos", "在县政务服务中心办营业执照，一件事一次办，不到一小时就拿到了，营商环境真不错！"),
    ("business-environment", "message", "neg", "在{t}办个体户营业执照，窗口工作人员刁难，材料齐全还让我跑了四趟，这就是营商环境吗？"),
    ("fiscal-budget", "message", "neu", "在哪里能查到高县今年的财政预算和预决算公开？想看看惠民惠农补贴资金的发放情况。"),
    ("fiscal-budget", "message", "neg", "{v}的惠民惠农一卡通补贴到现在还没发，村里说财政资金没到位，请财政局核实。"),
    ("audit", "post", "neu", "高县审计局公开上一年度经济责任审计发现问题的整改结果，审计整改完成率{n}%。"),
    ("law-enforcement", "post", "neu", "县司法局在{t}开展普法宣传和法律援助进村活动，现场人民调解纠纷{n}起。"),
    ("law-enforcement", "message", "neg", "{t}执法人员罚款不开票据，行政执法公示上也查不到处罚决定，怀疑乱罚款，要求行政复议。"),
    ("food-market", "post", "neg", "在{t}一家超市买的牛奶过期了半个月还在卖，找商家理论反而被骂，市场监管局管不管？"),
    ("food-market", "message", "neg", "{t}街上一家餐馆无证经营，后厨很脏，我们一家吃完都拉肚子，疑似食物中毒，请市场监管局查处。"),
    ("food-market", "post", "neg", "{t}农贸市场有商贩缺斤少两，买一斤肉少二两，消费者投诉了也没用。"),
    ("urban-management", "post", "neg", "庆符镇南街占道经营太严重了，流动摊贩把路都堵了，城管来了就跑，走了又来。"),
    ("urban-management", "message", "neg", "{t}{v}有人违章搭建，把公共通道都占了，向城管反映了一个月都没人来处理。"),
    ("urban-management", "message", "neu", "{t}新街的路灯坏了好几盏，晚上走路看不见，请尽快维修。"),
    ("emergency-safety", "post", "neg", "紧急！{t}一处在建工地发生坍塌，有工人被困，现场已经拉起警戒线，希望人没事[泪]"),
    ("emergency-safety", "post", "neg", "{t}{v}山体滑坡，道路中断，有房屋受损，村民紧急转移，请应急局尽快救援！"),
    ("emergency-safety", "message", "neg", "{t}一家小作坊堆放大量危化品，就在居民楼下，安全隐患很大，万一着火后果不堪设想。"),
    ("environment", "post", "neg", "{t}河里又出现大片死鱼，上游工厂晚上偷排废水，臭味刺鼻，环保局到底管不管？"),
    ("environment", "message", "neg", "{t}{v}附近的养猪场污水直排农田，臭味大，苍蝇多，村民多次反映没有解决。"),
    ("environment", "message", "neg", "{t}工业园区一家企业每天晚上排放黑烟，粉尘很大，附近居民都不敢开窗。"),
    ("housing", "post", "neg", "{t}某小区开发商交房一年多了房产证还办不下来，业主维权无门，烂尾的配套也没人管。"),
    ("housing", "message", "neg", "{t}小区物业费年年涨，电梯坏了一个月不修，物业还威胁停水，请住建局管管。"),
    ("housing", "message", "neu", "请问老旧小区改造明年有没有{t}的计划？我们小区的楼房已经三十多年了。"),
    ("transport", "post", "neg", "{t}到县城的道路坑洼不平，修路修了两年还没修完，每天堵车，出行太难了。"),
    ("transport", "message", "neg", "{v}的通村公路被大车压坏了，下雨全是泥坑，学生上学要走很远，请交通运输局修一修。"),
    ("transport", "post", "pos", "高县新开通了{t}到县城的公交车，票价两元，每半小时一班，太方便了，点赞！"),
    ("public-security", "post", "neg", "提醒大家：{t}最近有人冒充客服搞电信诈骗，我邻居被骗了{n}万，已经报警了。"),
    ("public-security", "message", "neg", "{t}街上晚上经常有人飙车、酒驾，噪音扰民，打电话给派出所也不见人来。"),
    ("land-resources", "message", "neg", "{t}{v}征地补偿款到现在都没发，村干部说上面没批，我们的耕地已经被占用了一年。"),
    ("land-resources", "message", "neu", "请问在{t}农村宅基地建房需要办什么手续？不动产登记去哪里办？"),
    ("agriculture", "post", "pos", "{t}{v}高标准农田建成后，今年水稻亩产增加了一百多斤，农机下地也方便了。"),
    ("agriculture", "message", "neg", "今年的种粮补贴到现在还没发，{t}农业服务中心说等通知，已经等了半年了。"),
    ("water", "post", "neg", "{t}又停水了，一点通知都没有，自来水公司电话打不通，这是第三次了！"),
    ("water", "message", "neg", "{t}{v}的自来水发黄有异味，水质有问题，老人小孩都不敢喝，请尽快检测。"),
    ("water", "message", "neu", "进入汛期前，{t}河道的清淤工作什么时候开始？去年防汛的时候河水差点漫过堤坝。"),
    ("culture-tourism", "post", "pos", "周末去了{t}的景区，风景很漂亮，游客中心的服务也热情，推荐大家去看看。"),
    ("culture-tourism", "message", "neu", "县图书馆周末开放时间能不能延长到晚上八点？很多学生想去看书。"),
    ("veterans", "message", "neg", "我是退役军人，回{t}后安置的事情一直没有落实，找退役军人事务局多次都说在研究。"),
    ("tax", "message", "neu", "个体户个税汇算清缴在哪里办理？{t}有没有税务局的服务点？"),
    ("open-government", "message", "neg", "在高县政府网站依申请公开了一份文件，过了法定期限还没有回复，政务公开不能只是口号。"),
    ("open-government", "post", "neu", "高县政务新媒体发布了新一期政策解读，关于{t}老旧小区改造的补助标准讲得很清楚。"),
    ("petition", "post", "neg", "{t}几十名业主因为烂尾楼拉横幅聚集在政府门口，要求开发商退款，现场有警察维持秩序。"),
    ("petition", "message", "neg", "我们{v}村民因征地补偿问题集体上访多次，至今没有答复，如果还不解决只能继续维权。"),
    (None, "post", "neu", "今天高县天气很好，和朋友去南广河边散步，心情不错。"),
    (None, "post", "pos", "周末在{t}吃了正宗的高县土火锅，太好吃了[哈哈]"),
]

SOURCES = ["weibo", "weibo", "weibo", "wechat", "douyin", "forum", "news"]
CHANNELS = ["12345", "12345", "12345", "留言板", "信箱"]


def id_card(birth_year):
    prefix = "511525"  # 高县's administrative code
    body = prefix + f"{birth_year:04d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    checks = "10X98765432"
    return body + checks[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def phone():
    return "1" + rnd.choice("3578") + "".join(str(rnd.randint(0, 9)) for _ in range(9))


def fill(text):
    return text.format(t=rnd.choice(TOWNS), v=rnd.choice(VILLAGES), n=rnd.randint(2, 60))


def when(i):
    return BASE + timedelta(minutes=37 * i + rnd.randint(0, 30))


def name():
    return rnd.choice(SURNAMES) + rnd.choice(GIVEN)


def posts():
    out = []
    templates = [t for t in TEMPLATES if t[1] in ("post", "both")]
    for i in range(170):
        topic, _, feeling, text = templates[i % len(templates)]
        text = fill(text)
        source = rnd.choice(SOURCES)
        big = feeling == "neg" and rnd.random() < 0.25
        verified = source == "news" or rnd.random() < 0.1
        post = {
            "source": source,
            "id": f"{source}-{4900000 + i * 7}",
            "url": f"https://example.{source}.cn/gaoxian/{4900000 + i * 7}",
            "author": {"name": ("高县发布" if source == "news" else "网友" + str(rnd.randint(1000, 9999))),
                       "id": f"u{rnd.randint(100000, 999999)}", "verified": verified,
                       "followers": rnd.randint(200_000, 900_000) if verified else rnd.randint(10, 5000)},
            "text": text,
            "published_at": when(i).isoformat(),
            "engagement": {"reposts": rnd.randint(500, 5000) if big else rnd.randint(0, 80),
                           "comments": rnd.randint(300, 3000) if big else rnd.randint(0, 60),
                           "likes": rnd.randint(1000, 20000) if big else rnd.randint(0, 300),
                           "views": rnd.randint(100000, 900000) if big else rnd.randint(50, 8000)},
        }
        if rnd.random() < 0.3:
            post["location"] = "四川省宜宾市高县" + rnd.choice(TOWNS)
        if i % 23 == 5:
            post["text"] += f" 有知情的请联系我 {phone()}"
        if i % 41 == 7:
            post["text"] = "<p>" + post["text"] + "</p><br/>转发扩散&amp;求关注"
        out.append(post)
    for j, text in enumerate(NOISE):
        i = 170 + j
        out.append({
            "source": "weibo",
            "id": f"weibo-{4900000 + i * 7}",
            "url": f"https://example.weibo.cn/gaoxian/{4900000 + i * 7}",
            "author": {"name": "网友" + str(rnd.randint(1000, 9999)), "id": f"u{rnd.randint(100000, 999999)}",
                       "verified": False, "followers": rnd.randint(10, 5000)},
            "text": text,
            "published_at": when(i).isoformat(),
            "engagement": {"reposts": rnd.randint(0, 20), "comments": rnd.randint(0, 20),
                           "likes": rnd.randint(0, 50), "views": rnd.randint(50, 3000)},
        })
    return out


def messages():
    out = []
    templates = [t for t in TEMPLATES if t[1] in ("message", "both")]
    for i in range(150):
        topic, _, feeling, text = templates[i % len(templates)]
        text = fill(text)
        channel = rnd.choice(CHANNELS)
        who = name()
        tel = phone()
        message = {
            "channel": channel,
            "id": f"GX{20261101 + i // 40:08d}{i:04d}",
            "subject": text.split("，")[0][:24],
            "body": text,
            "submitted_at": when(i).strftime("%Y-%m-%d %H:%M:%S"),
            "contact": {"name": who, "phone": tel},
            "address": f"四川省宜宾市高县{rnd.choice(TOWNS)}{rnd.choice(VILLAGES)}{rnd.randint(1, 12)}组{rnd.randint(1, 80)}号",
        }
        if i % 9 == 2:
            message["body"] += f"我的身份证号是{id_card(rnd.randint(1950, 2000))}，电话{tel}，请尽快联系我。"
        if i % 17 == 3:
            message["body"] += f"可以发邮件到 gx{rnd.randint(100, 999)}@example.com 回复。"
        if i % 11 == 4:
            message["category"] = rnd.choice(["投诉", "求助", "咨询", "建议"])
        out.append(message)
    return out


MALFORMED_POSTS = [
    '{"source": "weibo", "id": "BROKEN1", "text": "JSON没有结束', # malformed_json
    '{"source": "weibo", "text": "缺少id字段的帖子", "published_at": "2026-11-10T10:00:00+08:00"}',  # missing_field
    '{"source": "weibo", "id": "BADTIME1", "text": "时间格式不对", "published_at": "昨天下午"}',  # bad_timestamp
    '{"source": "douyin", "id": "FUTURE1", "text": "来自未来的帖子", "published_at": "2031-01-01T00:00:00+08:00"}',  # out of range
    '{"source": "weibo", "id": "EMPTY1", "text": "   <p> </p>  ", "published_at": "2026-11-10T10:00:00+08:00"}',  # empty_text
    '["这是一个数组而不是对象"]',  # not_an_object
    '{"source": "forum", "id": "TYPE1", "text": "互动数类型错误", "published_at": "2026-11-10T10:00:00+08:00", "engagement": {"likes": "很多"}}',  # wrong_type
]
MALFORMED_MESSAGES = [
    '{"channel": "12345", "id": "GXBAD0001", "body": "没有提交时间的诉求"}',  # missing_field
    '{"channel": "12345", "id": "GXBAD0002", "body": 12345, "submitted_at": "2026-11-10 09:00:00"}',  # wrong_type
    '{"channel": "12345", "id": "GXBAD0003", "body": "重复的键", "body": "重复", "submitted_at": "2026-11-10 09:00:00"}',  # duplicate key
    'channel=12345&id=GXBAD0004&body=不是JSON',  # malformed_json
]


def write(path, records, malformed, duplicates):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines += [json.dumps(records[i], ensure_ascii=False) for i in duplicates]  # exact re-sends
    for j, bad in enumerate(malformed):
        lines.insert(20 + j * 13, bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    n = write(here / "posts.jsonl", posts(), MALFORMED_POSTS, [3, 50, 99])
    m = write(here / "messages.jsonl", messages(), MALFORMED_MESSAGES, [10, 77])
    print(f"posts.jsonl: {n} lines, messages.jsonl: {m} lines")
