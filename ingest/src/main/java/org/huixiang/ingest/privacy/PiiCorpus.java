package org.huixiang.ingest.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.huixiang.common.privacy.Checksums;

/**
 * A generated, labelled set for measuring the masker: citizens' messages with personal data of
 * every kind in the shapes people write them, and distractors that look alike but name no one
 * (order numbers, dates, amounts, tracking numbers, an office's address). Seeded, so a measurement
 * can be repeated.
 */
public final class PiiCorpus {

    /** One value in a text: personal data of {@code kind}, or a distractor when kind is null. */
    public record Value(String text, String kind) {
        public boolean personal() {
            return kind != null;
        }
    }

    /** One text and the values placed in it. */
    public record Sample(String text, List<Value> values) {}

    private static final String[] TOWNS = {"庆符镇", "文江镇", "沙河镇", "嘉乐镇", "罗场镇", "胜天镇"};
    private static final String[] VILLAGES = {"光明村", "红岩村", "新华社区", "金竹村", "龙潭村"};
    private static final String[] STREETS = {"南广路", "振兴街", "滨江路", "文化路"};
    private static final String[] OPENERS = {"我是本地村民，", "反映个问题：", "你好，", "麻烦领导看看，", "投诉：", ""};
    private static final String[] ISSUES = {
        "工地拖欠工资半年了", "小区停水三天了", "路灯坏了一个月没人修", "孩子上学的补贴还没发", "养殖场污水直排"
    };

    private final Random random;

    public PiiCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} samples, each with one or two personal values and one or two distractors. */
    public List<Sample> samples(int n) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Value> values = new ArrayList<>();
            StringBuilder text = new StringBuilder(pick(OPENERS)).append(pick(ISSUES)).append("。");
            int personal = 1 + random.nextInt(2);
            for (int p = 0; p < personal; p++) {
                Value v = personal();
                values.add(v);
                text.append(cue(v.kind())).append(v.text()).append("，");
            }
            int distractors = 1 + random.nextInt(2);
            for (int d = 0; d < distractors; d++) {
                Value v = distractor();
                values.add(v);
                text.append(v.text()).append("，");
            }
            text.append("请尽快处理。");
            out.add(new Sample(text.toString(), List.copyOf(values)));
        }
        return out;
    }

    private Value personal() {
        return switch (random.nextInt(7)) {
            case 0 -> new Value(mobile(), "mobile");
            case 1 -> new Value(landline(), "landline");
            case 2 -> new Value(idCard18(), "id_card");
            case 3 -> new Value(idCard15(), "id_card");
            case 4 -> new Value(bankCard(), "bank_card");
            case 5 -> new Value(email(), "email");
            default -> new Value(address(), "address");
        };
    }

    private String cue(String kind) {
        return switch (kind) {
            case "mobile", "landline" -> pick("我的电话", "联系电话：", "电话 ", "手机号");
            case "id_card" -> pick("身份证号", "我身份证", "身份证：");
            case "bank_card" -> pick("工资卡号", "银行卡", "卡号：");
            case "email" -> pick("邮箱 ", "邮箱：", "回复发到");
            default -> pick("家住", "住址：", "我家在", "家庭住址：");
        };
    }

    private Value distractor() {
        String text =
                switch (random.nextInt(8)) {
                    case 0 -> "订单号" + digits(1 + random.nextInt(9), 19);
                    case 1 -> pick("2026-11-", "2025-03-") + two(1 + random.nextInt(28));
                    case 2 ->
                            "去年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
                    case 3 -> "欠款" + (1000 + random.nextInt(900000)) + "元";
                    case 4 -> "快递单号" + luhnInvalid(16);
                    case 5 -> "工单号GX" + digits(2, 8) + "-" + digits(0, 4);
                    case 6 -> "县政务服务中心在" + pick(STREETS) + (1 + random.nextInt(200)) + "号";
                    default -> "打了" + pick("12345", "110", "12315") + "热线";
                };
        return new Value(text, null);
    }

    private String mobile() {
        String n = "1" + pick("3", "5", "7", "8", "9") + digits(0, 9);
        return switch (random.nextInt(3)) {
            case 0 -> n;
            case 1 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
        };
    }

    private String landline() {
        return pick("0831-", "028-", "0831", "0831 ") + (2 + random.nextInt(7)) + digits(0, 6);
    }

    private String idCard18() {
        String body =
                pick("511525", "511502", "510104")
                        + (1950 + random.nextInt(56))
                        + two(1 + random.nextInt(12))
                        + two(1 + random.nextInt(28))
                        + digits(0, 3);
        return body + Checksums.idCardCheck(body);
    }

    private String idCard15() {
        return pick("511525", "511502")
                + two(50 + random.nextInt(40))
                + two(1 + random.nextInt(12))
                + two(1 + random.nextInt(28))
                + digits(0, 3);
    }

    private String bankCard() {
        int length = 16 + random.nextInt(4);
        String body = "62" + digits(0, length - 3);
        String card = body + Checksums.luhnCheck(body);
        return random.nextBoolean() ? card : String.join(" ", card.split("(?<=\\G.{4})"));
    }

    private String email() {
        return pick("wang", "li.ming", "zhang_san", "gx")
                + random.nextInt(1000)
                + "@"
                + pick("qq.com", "163.com", "126.com", "example.cn");
    }

    private String address() {
        String detail =
                random.nextBoolean()
                        ? pick(VILLAGES)
                                + (1 + random.nextInt(9))
                                + "组"
                                + (1 + random.nextInt(60))
                                + "号"
                        : pick(STREETS)
                                + (1 + random.nextInt(300))
                                + "号"
                                + (1 + random.nextInt(6))
                                + "栋"
                                + (101 + random.nextInt(600))
                                + "室";
        return pick(TOWNS) + detail;
    }

    /**
     * A number of {@code length} digits that fails the Luhn check, as tracking numbers mostly do.
     */
    private String luhnInvalid(int length) {
        String body = digits(1 + random.nextInt(9), length - 1);
        char good = Checksums.luhnCheck(body);
        return body + (char) ('0' + (good - '0' + 1 + random.nextInt(9)) % 10);
    }

    private String digits(int first, int count) {
        StringBuilder b = new StringBuilder();
        if (first > 0) {
            b.append(first);
            count--;
        }
        for (int i = 0; i < count; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
