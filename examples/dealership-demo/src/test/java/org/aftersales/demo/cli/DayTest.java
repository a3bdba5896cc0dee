package org.aftersales.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftersales.complaints.Cause;
import org.aftersales.complaints.Obligation;
import org.aftersales.complaints.RemedyKind;
import org.aftersales.complaints.Severity;
import org.aftersales.complaints.Stage;
import org.aftersales.complaints.Status;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.value.Money;
import org.aftersales.demo.day.DayAtTheDealership;
import org.aftersales.inventory.operations.LineOutcome;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.QualityCheck;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * E1: the README's day, run as the tool runs it, on an H2 file in a temporary folder; its key
 * figures counted by hand. Then the commands that read what the day stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DayTest {

    @TempDir
    static Path folder;
    static Map<String, String> store;
    static ToolRun english;

    @BeforeAll
    static void runTheDay() {
        store = ToolRun.h2(folder);
        english = ToolRun.run(store, "--diagrams", folder.resolve("diagrams").toString());
    }

    static Money yuan(String amount) {
        return Money.ofYuan(amount);
    }

    @Test
    @Order(1)
    void E1_theDayRunsAsTheDefaultCommandAndPrintsADealershipsDay() {
        assertThat(english.code()).as(english.err()).isZero();
        assertThat(english.err()).isEmpty();
        assertThat(english.out())
                .contains("A day at Riverside Honda, Thu 19 Nov 2026")
                .contains("2  80292-TBA-A11   Cabin air filter           10        8        0         8  short")
                .contains("73111-TVA-003: 1 of 2 pieces damaged or cracked; 1 accepted.")
                .contains("reconfirmed by phone, 40 to 20 minutes before arrival")
                .contains("Mr Chen's appointment reconfirmed in its window")
                .contains("estimate revision 2 put to Mr Liu")
                .contains("final inspection fails, back to the bay")
                .contains("VAT 13%                       ¥65.78")
                .contains("Warranty claim on the maker  ¥430.00")
                .contains("exit pass EP-2026-000001 checked by Guo Qiang")
                .contains("Transfer TRF-2026-000001 from Riverside Honda East")
                .contains("the first answer is late, and the complaint escalates")
                .contains("the follow-up call on RO-2026-000002")
                .contains("Derived from the events: FD-FUP-01")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Pattern.compile("== \\d\\d:\\d\\d  The lounge board").matcher(english.out()).results().count())
                .isEqualTo(3);
        assertThat(folder.resolve("diagrams/repair-order.mmd")).exists();
        assertThat(folder.resolve("diagrams/complaint.mmd")).content().startsWith("stateDiagram");
    }

    /** The figures, counted by hand from the script. */
    @Test
    @Order(2)
    void E1_theDaysKeyFiguresAreThoseCountedByHand() {
        ToolRun json = ToolRun.run(store, "day", "--json", "--diagrams", folder.resolve("diagrams").toString());
        assertThat(json.code()).as(json.err()).isZero();
        DayAtTheDealership.Figures f = AftersalesJson.read(json.out(), DayAtTheDealership.Figures.class);
        // 12 oil filters + 8 of 10 cabin filters + 1 of 2 windscreens + 4 sensors + 12 cans of oil
        assertThat(f.piecesAccepted()).isEqualTo(37);
        assertThat(f.discrepancies()).isEqualTo(2);
        assertThat(f.ordersOpened()).isEqualTo(3);
        assertThat(f.ordersDelivered()).isEqualTo(2);
        // RO-1: 0.5 h x 120.00 + 48.00 + 398.00 = 506.00 net, 13% = 65.78, 571.78; warranty 1.2 h x 120.00 + 286.00
        assertThat(f.settlements().get(0)).satisfies(s -> {
            assertThat(s.customerNet()).isEqualTo(yuan("506.00"));
            assertThat(s.vat()).isEqualTo(yuan("65.78"));
            assertThat(s.total()).isEqualTo(yuan("571.78"));
            assertThat(s.warrantyClaim()).isEqualTo(yuan("430.00"));
        });
        // RO-2: 0.5 h + 0.8 h at 120.00 + 420.00 = 576.00 net, 74.88 VAT, 650.88
        assertThat(f.settlements().get(1)).satisfies(s -> {
            assertThat(s.customerNet()).isEqualTo(yuan("576.00"));
            assertThat(s.vat()).isEqualTo(yuan("74.88"));
            assertThat(s.total()).isEqualTo(yuan("650.88"));
            assertThat(s.warrantyClaim()).isEqualTo(yuan("0.00"));
        });
        assertThat(f.takings()).isEqualTo(yuan("1222.66"));
        assertThat(f.vat()).isEqualTo(yuan("140.66"));
        assertThat(f.warrantyClaims()).isEqualTo(yuan("430.00"));
        assertThat(f.transferPromised()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(f.complaintsReceived()).isEqualTo(1);
        assertThat(f.complaintsEscalated()).isEqualTo(1);
        assertThat(f.complaintsClosed()).isEqualTo(1);
        // Wang's first call on Friday finds nobody, the second reaches Ms Zhang; Li calls on Monday
        assertThat(f.followUps()).isEqualTo(3);
        assertThat(f.boards()).hasSize(3);
        assertThat(f.boards().get(2).rows()).extracting(DayAtTheDealership.BoardLine::order,
                DayAtTheDealership.BoardLine::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RO-2026-000003", "Waiting for parts"));
        // 67 observed points each, all passed; derived from the events: Wang keeps every deadline
        // (FD-REC-08 reconfirmation 2, FD-REC-09 reception 2, FD-SET-05 settlement sheet 2) and
        // follows up within three days (FD-FUP-01 4): 77 of 77. Li keeps her reconfirmation and
        // receptions (2 + 2) and answers her complaint within a day (FD-FUP-02 3), but RO-2's
        // sheet was due at 14:20 (one opening hour after 11:50, across lunch) and came at 14:45
        // (FD-SET-05 0 of 2); her Monday call is the third working day after Thursday's delivery,
        // since the service department works Saturdays (FD-FUP-01 4): 78 of 80, 97.50%
        assertThat(f.scorecards()).extracting(DayAtTheDealership.ScoreLine::staff, s -> s.earned().toPlainString(),
                s -> s.applicable().toPlainString(), s -> s.percent().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wang", "77", "77", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("li", "78", "80", "97.50"));
    }

    @Test
    @Order(3)
    void E1_aSecondRunStartsAfreshAndPrintsTheSameDay() {
        ToolRun again = ToolRun.run(store, "day", "--diagrams", folder.resolve("diagrams").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo(english.out());
    }

    /** Every category, status and rule name in Chinese: no enum constant of the library appears. */
    @Test
    @Order(4)
    void E1_E4_theChineseDayNamesEverythingInChinese() {
        ToolRun zh = ToolRun.run(store, "--lang", "zh", "--diagrams", folder.resolve("diagrams").toString());
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("河畔本田的一天").contains("短少").contains("破损").contains("增值税 13%")
                .contains("首次答复超时，投诉升级").contains("由事件得出").contains("规则组“标准”");
        List<String> constants = Stream.of(RepairOrderStatus.values(), LineOutcome.values(), Stage.values(),
                Status.values(), Severity.values(), Cause.values(), Channel.values(), Payer.values(),
                RemedyKind.values(), Obligation.values(), QualityCheck.Level.values(),
                org.aftersales.serviceflow.board.BoardLight.values())
                .flatMap(Stream::of).map(Enum::name).distinct().toList();
        for (String line : zh.out().lines().filter(l -> !l.contains("/")).toList()) {
            for (String c : constants) {
                assertThat(Pattern.compile("(?<![A-Za-z0-9-])" + c + "(?![A-Za-z0-9-])").matcher(line).find())
                        .as("%s in: %s", c, line).isFalse();
            }
            assertThat(line).as("an English word in: %s", line).doesNotContainPattern("\\b[a-z]{4,}\\b");
        }
    }

    @Test
    @Order(5)
    void E4_theOtherCommandsReadWhatTheDayStored() throws Exception {
        ToolRun board = ToolRun.run(store, "board");
        assertThat(board.code()).isZero();
        assertThat(board.out()).contains("RO-2026-000003").contains("粤A***21").contains("Waiting for parts");
        ToolRun complaints = ToolRun.run(store, "complaint", "--lang", "zh");
        assertThat(complaints.out()).contains("CP-2026-000001").contains("已关闭").contains("首次答复");
        ToolRun card = ToolRun.run(store, "scorecard", "--staff", "li");
        assertThat(card.out()).contains("Li Wei").contains("78.00  80.00   97.50%");
        ToolRun cards = ToolRun.run(store, "scorecard", "--json");
        assertThat(AftersalesJson.mapper().readTree(cards.out()).size()).isEqualTo(2);
        ToolRun received = ToolRun.run(store, "receive", "--part", "17220-5PA-A00", "--qty", "6", "--damaged", "1");
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("17220-5PA-A00").contains("damaged").contains("Put 5 x Air filter element");
        ToolRun booked = ToolRun.run(store, "book", "--name", "Zhou Jie", "--phone", "13511112222", "--plate",
                "粤A9K777", "--arrive", "2026-11-24T10:00", "--json");
        assertThat(booked.code()).as(booked.err()).isZero();
        assertThat(AftersalesJson.mapper().readTree(booked.out()).get("id").asText()).isEqualTo("AP-2026-000003");
        ToolRun wrong = ToolRun.run(store, "book", "--name", "Zhou Jie", "--phone", "123", "--plate",
                "港A12345", "--arrive", "2026-11-24T10:00");
        assertThat(wrong.code()).as("bad phone and plate: both listed, nothing booked").isEqualTo(Tool.BAD_INPUT);
        assertThat(wrong.err()).contains("--plate").contains("--phone").contains("车牌");
        assertThat(wrong.out()).isEmpty();
        var boardJson = AftersalesJson.mapper().readTree(ToolRun.run(store, "board", "--json").out());
        assertThat(boardJson.size()).isEqualTo(1);
        assertThat(boardJson.get(0).get("status").asText()).isEqualTo("WAITING_FOR_PARTS");
        assertThat(boardJson.get(0).get("late").asBoolean()).isTrue();
        assertThat(boardJson.get(0).get("maskedPlate").asText()).isEqualTo("粤A***21");
        ToolRun past = ToolRun.run(store, "book", "--name", "Zhou Jie", "--phone", "13511112222", "--plate",
                "粤A9K777", "--arrive", "2026-11-20T10:00");
        assertThat(past.code()).isEqualTo(Tool.REFUSED);
        assertThat(past.out()).isEmpty();
        assertThat(past.err()).contains("No arrival can be booked at 2026-11-20T10:00").contains("无法预约");
        ToolRun noBin = ToolRun.run(store, "receive", "--part", "20011-5T0-000", "--qty", "50");
        assertThat(noBin.code()).isEqualTo(Tool.REFUSED);
        assertThat(noBin.err()).contains("no bin fits").contains("没有合适的料位");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).contains("dealership.mv.db");
    }
}
