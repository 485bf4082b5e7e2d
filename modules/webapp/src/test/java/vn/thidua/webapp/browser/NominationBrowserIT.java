package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.thidua.webapp.it.Deployments;

/**
 * A batch from the unit's proposal to the signed decision, each step by the role that takes it: the unit officer
 * nominates two people (one failing a rule), uploads the dossier (a file whose content is not what its name says
 * is refused), withdraws the failing one and submits; the specialist receives and appraises; the council
 * secretary records the ballot; the leader signs; the auditor reads the person's history.
 */
class NominationBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "Journey-Password-1";

    private String account(String name, String role, String unit) throws Exception {
        String username = name + run.toLowerCase();
        call("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"enabled\":true,\"email\":\"" + username + "@sonla.gov.vn\",\"grants\":[{\"role\":\"" + role
                + "\",\"unitCode\":\"" + unit + "\"}]}");
        return username;
    }

    private void as(String username) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(username, PASSWORD);
    }

    private void act(String action) {
        browser.click(browser.driver.findElement(By.cssSelector(".thidua-action-" + action)).getAttribute("id"));
    }

    private void upload(String part, Path file) {
        browser.driver.findElement(By.cssSelector(".thidua-upload-" + part + " input[type=file]")).sendKeys(file.toString());
        browser.waitForAjax();
    }

    private void appraise(String reason) {
        browser.driver.findElement(By.cssSelector("[id$=':appraise']")).click();
        browser.waitForAjax();
        browser.type("appraiseForm:reason", reason);
        browser.click("appraiseForm:pass");
        browser.waitForText(reason);
    }

    /** Opens the ballot dialog of the (only) nominee and types members, present, written, issued, valid, agree. */
    private void ballot(int... figures) {
        browser.driver.findElement(By.cssSelector("[id$=':ballot']")).click();
        browser.waitForAjax();
        String[] fields = {"members", "present", "writtenVotes", "ballotsIssued", "ballotsValid", "agree"};
        for (int i = 0; i < fields.length; i++) {
            browser.script("PrimeFaces.getWidgetById('ballotForm:" + fields[i] + "').setValue(" + figures[i] + ")");
        }
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path directory = Files.createTempDirectory("ho-so");
        return Files.write(directory.resolve(name), content).toAbsolutePath();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void fromProposalToSignedDecisionAndHistory() throws Exception {
        String unit = "TH_" + run;
        String good = "GV1_" + run;
        String failing = "GV2_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Trường Tiểu học Chiềng Sinh " + run + "\",\"kind\":\"SCHOOL\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/people/" + good, "{\"fullName\":\"Lường Thị Hoa\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2016-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        call("PUT", "api/v1/people/" + failing, "{\"fullName\":\"Tòng Văn Khánh\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2018-09-01\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        call("PUT", "api/v1/people/" + good + "/ratings/2025", "{\"rating\":\"HTTNV\"}");
        String member = "TV_" + run;
        call("PUT", "api/v1/people/" + member, "{\"fullName\":\"Lường Thị Mai\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2012-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        String officer = account("canbo", "thidua-unit-officer", unit);
        String specialist = account("chuyenvien", "thidua-specialist", unit);
        String secretary = account("thuky", "thidua-council-secretary", unit);
        String leader = account("hieutruong", "thidua-signer", unit);
        String auditor = account("kiemtoan", "thidua-auditor", "SON_LA");

        as(officer);
        browser.open("commendation/nominations.xhtml");
        browser.type("batchForm:title", "Lao động tiên tiến năm 2025 " + run);
        // The officer picks the school and the teachers by part of their names, typed without diacritics; the
        // suggestions are the officer's own unit's people only.
        browser.pick("batchForm:unitCode", "chieng sinh " + run.toLowerCase(), unit);
        browser.script("PF('batchYear').setValue(2025)");
        browser.click("batchForm:create");
        browser.wait.until(d -> d.getCurrentUrl().contains("nomination.xhtml?id="));
        browser.waitForText("Đang soạn");
        java.util.Map<String, String> typed = java.util.Map.of(good, "luong thi hoa", failing, "tong van kh");
        for (String person : new String[] {good, failing}) {
            browser.pick("nomineeForm:recipientCode", typed.get(person), person);
            browser.script("PF('nomineeAward').selectValue('LDTT')");
            browser.click("nomineeForm:add");
            browser.waitForText("Đã thêm vào đợt.");
        }
        String nominees = browser.find("nomineesForm:nominees").getText();
        assertThat(nominees).contains("Lường Thị Hoa").contains("Tòng Văn Khánh").contains("Chưa đủ điều kiện");

        upload("TO_TRINH", file("to-trinh.pdf", "Tờ trình, không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        browser.waitForText("không phải PDF, DOCX, XLSX, JPEG hay PNG");
        upload("TO_TRINH", file("to-trinh.pdf", pdf()));
        browser.waitForText("Đã tải lên tệp.");
        act("SUBMIT");
        browser.waitForText("Hồ sơ còn thiếu: Báo cáo thành tích.");
        upload("BAO_CAO_THANH_TICH", file("bao-cao-thanh-tich.pdf", pdf()));
        browser.waitForText("bao-cao-thanh-tich.pdf");
        act("SUBMIT");
        browser.waitForText("Chưa đủ điều kiện và chưa được chuyên viên cho phép nộp: Tòng Văn Khánh (Lao động tiên tiến)");
        browser.screenshot("50-nomination-blocked");
        // The blocked unit asks the office for leave, with its reasons; the specialists are told.
        browser.click(browser.driver.findElement(By.cssSelector("[id$=':askPermission']")).getAttribute("id"));
        browser.wait.until(d -> d.findElement(By.id("permissionForm:reason")).isDisplayed());
        browser.type("permissionForm:reason", "Thầy Khánh nghỉ ốm dài ngày có xác nhận, đề nghị xem xét.");
        browser.click("permissionForm:send");
        browser.waitForText("Đã gửi đề nghị cho phép nộp tới chuyên viên.");
        assertThat(browser.find("nomineesForm:nominees").getText()).contains("Đơn vị đã xin phép nộp (" + officer
                + "): Thầy Khánh nghỉ ốm dài ngày");
        assertThat(browser.driver.findElements(By.cssSelector("[id$=':askPermission']"))).as("asked once").isEmpty();
        browser.driver.findElements(By.cssSelector("[id$=':withdraw']")).get(1).click();
        browser.waitForAjax();
        browser.waitForText("Đã rút");
        act("SUBMIT");
        browser.waitForText("Đợt đề nghị chuyển sang \"Đã nộp\".");
        String batchUrl = browser.driver.getCurrentUrl();
        // The specialist, who acts next, also gets the notice by email (the test SMTP server stands in for the
        // province's); the unit officer, who acted, does not.
        browser.wait.until(d -> vn.thidua.webapp.it.TestMailbox.received().stream()
                .anyMatch(m -> m.recipients().contains(specialist + "@sonla.gov.vn")));
        assertThat(vn.thidua.webapp.it.TestMailbox.received()).filteredOn(m -> m.recipients()
                .contains(specialist + "@sonla.gov.vn")).first().satisfies(m -> assertThat(m.data())
                .contains("From: thidua@sonla.gov.vn").contains("Subject: "));
        assertThat(vn.thidua.webapp.it.TestMailbox.received()).noneMatch(m -> m.recipients()
                .contains(officer + "@sonla.gov.vn"));

        // The submitted batch waits for the office: a specialist is offered Receive and Return on this very page
        // (below); the auditor, who reads everything, is offered no action at all.
        as(auditor);
        browser.driver.get(batchUrl);
        browser.waitForText("Lao động tiên tiến năm 2025 " + run);
        assertThat(browser.driver.findElements(By.cssSelector("[class*='thidua-action-']"))).isEmpty();

        as(specialist);
        assertThat(browser.driver.findElement(By.cssSelector("[id$=':unread']")).getText()).isNotEmpty();
        browser.open("commendation/nominations.xhtml");
        assertThat(browser.find("waiting").getText()).contains("Lao động tiên tiến năm 2025 " + run).contains("Đã nộp");
        browser.open("commendation/notifications.xhtml");
        assertThat(browser.find("inboxForm:notifications").getText())
                .contains("Đợt đề nghị \"Lao động tiên tiến năm 2025 " + run + "\" chuyển sang \"Đã nộp\" (bởi " + officer + ")");
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        // A second specialist, on the same batch at the same time, receives it first.
        try (Browser other = new Browser(Deployments.root(deploymentUrl))) {
            other.signIn(account("chuyenvien2", "thidua-specialist", unit), PASSWORD);
            other.driver.get(batchUrl);
            other.waitForAjax();
            other.click(other.driver.findElement(By.cssSelector(".thidua-action-RECEIVE")).getAttribute("id"));
            other.waitForText("chuyển sang \"Đã tiếp nhận\"");
        }
        browser.type("actionsForm:comment", "Thiếu chữ ký trên tờ trình.");
        act("RETURN");
        browser.waitForText("Bản ghi vừa được người khác thay đổi");
        assertThat(browser.find("actionsForm:comment").getAttribute("value")).isEqualTo("Thiếu chữ ký trên tờ trình.");
        // Received by the other: "submitted" no longer waits for anyone and leaves the list; what waits now is the
        // appraisal of the received batch.
        browser.open("commendation/notifications.xhtml");
        assertThat(browser.find("inboxForm:notifications").getText())
                .doesNotContain("Lao động tiên tiến năm 2025 " + run + "\" chuyển sang \"Đã nộp\"")
                .contains("Lao động tiên tiến năm 2025 " + run + "\" chuyển sang \"Đã tiếp nhận\"");
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        assertThat(browser.find("batchState").getText()).isEqualTo("Đã tiếp nhận");
        appraise("Đủ tiêu chuẩn, hồ sơ đầy đủ.");
        act("APPRAISE");
        browser.waitForText("chuyển sang \"Đã thẩm định\"");
        act("TO_COUNCIL");
        browser.waitForText("chuyển sang \"Hội đồng xét\"");

        as(secretary);
        // The school's council for the year, entered once in the order of its decision: the chairman and a member
        // named, a teacher of the registry picked by part of her name.
        int councilYear = vn.thidua.platform.ProvinceClock.today().getYear();
        browser.open("commendation/council.xhtml?unit=" + unit + "&year=" + councilYear);
        browser.click("rosterForm:addRow");
        browser.wait.until(d -> d.findElements(By.cssSelector("[id$=':person_input']")).size() == 2);
        browser.click("rosterForm:addRow");
        browser.wait.until(d -> d.findElements(By.cssSelector("[id$=':person_input']")).size() == 3);
        browser.type("rosterForm:rows:0:name", "Quàng Văn Dũng");
        browser.script("PrimeFaces.getWidgetById('rosterForm:rows:0:seat').selectValue('CHAIR')");
        browser.pick("rosterForm:rows:1:person", "luong thi mai", member);
        browser.type("rosterForm:rows:2:name", "Cà Văn Thắng");
        browser.click("rosterForm:save");
        browser.waitForText("Đã lưu 3 thành viên hội đồng năm " + councilYear + ".");
        assertThat(browser.find("rosterForm:rows:1:name").getAttribute("value")).as("the person's own name")
                .isEqualTo("Lường Thị Mai");
        browser.screenshot("50-council-roster");

        browser.driver.get(batchUrl);
        browser.waitForAjax();
        browser.type("sessionForm:place", "Phòng họp Trường Tiểu học Chiềng Sinh");
        // The session starts from the roster: its members in order, its chairman in the chair.
        browser.click("sessionForm:fromRoster");
        browser.wait.until(d -> "Quàng Văn Dũng".equals(d.findElement(By.id("sessionForm:chair")).getAttribute("value")));
        assertThat(browser.driver.findElements(By.cssSelector(".thidua-member-name")).stream()
                .map(e -> e.getAttribute("value")).toList()).containsExactly("Quàng Văn Dũng", "Lường Thị Mai", "Cà Văn Thắng");
        browser.driver.findElements(By.cssSelector(".thidua-member-conflict")).get(1).sendKeys("cùng tổ chuyên môn");
        browser.script("jQuery('.thidua-member-attendance').eq(2).find('select').val('WRITTEN_VOTE');"
                + "PrimeFaces.getWidgetById(jQuery('.thidua-member-attendance').eq(2).attr('id')).selectValue('WRITTEN_VOTE')");
        browser.click("sessionForm:saveSession");
        browser.waitForText("Đã ghi phiên họp hội đồng.");
        assertThat(browser.find("sessionSummary").getText()).contains("3 thành viên, 2 có mặt, 1 gửi phiếu bằng văn bản");
        ballot(9, 7, 1, 8, 9, 7);
        browser.click("ballotForm:save");
        browser.waitForText("Số phiếu hợp lệ không thể vượt số phiếu phát ra (8).");
        browser.script("PrimeFaces.getWidgetById('ballotForm:ballotsValid').setValue(8)");
        browser.type("ballotForm:recusals", "Bà Lường Thị Mai (cùng tổ chuyên môn) — không bỏ phiếu");
        browser.click("ballotForm:save");
        browser.waitForText("đồng ý 7 = 77,78% tổng số thành viên");
        browser.screenshot("51-nomination-ballot");
        act("CLOSE_COUNCIL");
        browser.waitForText("chuyển sang \"Chờ ký\"");

        as(leader);
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        // The form starts from the deciding authority (the school decides its own awards, its head signs) and the
        // signed-in account's name; the head corrects the name the account was given.
        assertThat(browser.find("signForm:authority").getAttribute("value")).isEqualTo("Trường Tiểu học Chiềng Sinh " + run);
        assertThat(browser.find("signForm:signer").getAttribute("value")).isEqualTo("hieutruong");
        assertThat(browser.find("signForm:place").getAttribute("value")).isEqualTo("Sơn La");
        browser.type("signForm:number", "25/QĐ-TH-" + run);
        browser.type("signForm:signer", "Quàng Văn Dũng");
        browser.click("signForm:sign");
        browser.waitForText("Đã ký quyết định 25/QĐ-TH-" + run + ".");
        assertThat(browser.find("decision").getText()).contains("Quàng Văn Dũng (Thủ trưởng đơn vị)");
        assertThat(browser.find("batchState").getText()).isEqualTo("Đã quyết định");
        browser.screenshot("52-nomination-decided");

        as(auditor);
        browser.open("commendation/history.xhtml?type=PERSON&code=" + good);
        browser.waitForText("25/QĐ-TH-" + run);
        assertThat(browser.find("historyTable").getText()).contains("Lao động tiên tiến")
                .as("0.3 × 2,530,000 (from 2026-07-01), rounded up").contains("760.000");
        browser.driver.findElement(By.cssSelector("[id$=':dossier']")).click();
        browser.waitForAjax();
        browser.waitForText("Quàng Văn Dũng");
        assertThat(browser.bodyText()).contains("bao-cao-thanh-tich.pdf").contains("Bà Lường Thị Mai")
                .contains("Nộp hồ sơ → Đã nộp").contains("Ký quyết định → Đã quyết định");
        assertThat(browser.driver.findElements(By.cssSelector("input[type=file]"))).isEmpty();
        browser.screenshot("53-nomination-auditor");

        String elsewhere = "XA_" + run;
        call("PUT", "api/v1/units/" + elsewhere, "{\"name\":\"Xã Chiềng Xôm " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        as(account("canboxa", "thidua-unit-officer", elsewhere));
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        assertThat(browser.bodyText()).contains("Bạn không có quyền").doesNotContain("Lao động tiên tiến năm 2025 " + run);
    }

    @Test
    void aStateLevelProposalIsPostedForOpinionsWhichTheOfficeAnswers() throws Exception {
        String unit = "SGD_" + run;
        String person = "GV3_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Sở Giáo dục và Đào tạo " + run + "\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/people/" + person, "{\"fullName\":\"Điêu Chính Tới\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2005-09-01\",\"gender\":\"MALE\",\"positionCategory\":\"LEADER_DEPARTMENT\"}");
        String specialist = account("cvtinh", "thidua-specialist", unit);
        String secretary = account("tktinh", "thidua-council-secretary", unit);
        String reader = account("docgia", "thidua-unit-officer", "SON_LA");

        as(specialist);
        browser.open("commendation/nominations.xhtml");
        browser.type("batchForm:title", "Đề nghị Chiến sĩ thi đua toàn quốc " + run);
        browser.type("batchForm:unitCode_input", unit);
        browser.script("PF('batchYear').setValue(2025)");
        browser.script("PF('batchLevel').selectValue('STATE')");
        browser.click("batchForm:create");
        browser.wait.until(d -> d.getCurrentUrl().contains("nomination.xhtml?id="));
        browser.type("nomineeForm:recipientCode_input", person);
        browser.script("PF('nomineeAward').selectValue('CSTD_TQ')");
        browser.click("nomineeForm:add");
        browser.waitForText("Đã thêm vào đợt.");
        browser.driver.findElement(By.cssSelector("[id$=':override']")).click();
        browser.waitForAjax();
        browser.type("overrideForm:reason", "Thành tích đặc biệt xuất sắc, hồ sơ sáng kiến cấp toàn quốc đang chờ công nhận.");
        browser.click("overrideForm:save");
        browser.waitForText("Chuyên viên " + specialist + " cho phép");
        upload("TO_TRINH", file("to-trinh.pdf", pdf()));
        browser.waitForText("to-trinh.pdf");
        upload("BAO_CAO_THANH_TICH", file("bao-cao.pdf", pdf()));
        browser.waitForText("bao-cao.pdf");
        act("SUBMIT");
        // A leader's own dossier needs the opinion of the body that manages them.
        browser.waitForText("Hồ sơ còn thiếu: Điêu Chính Tới: Ý kiến của cơ quan quản lý cán bộ.");
        browser.driver.findElement(By.cssSelector("[class*='thidua-upload-Y_KIEN_QUAN_LY-'] input[type=file]"))
                .sendKeys(file("y-kien-ban-to-chuc.pdf", pdf()).toString());
        browser.waitForAjax();
        browser.waitForText("y-kien-ban-to-chuc.pdf");
        act("SUBMIT");
        browser.waitForText("chuyển sang \"Đã nộp\"");
        act("RECEIVE");
        browser.waitForText("chuyển sang \"Đã tiếp nhận\"");
        appraise("Đạt, theo ý kiến cho phép của chuyên viên.");
        act("APPRAISE");
        browser.waitForText("chuyển sang \"Đã thẩm định\"");
        act("TO_COUNCIL");
        browser.waitForText("chuyển sang \"Hội đồng xét\"");
        String batchUrl = browser.driver.getCurrentUrl();

        as(secretary);
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        ballot(10, 10, 0, 10, 10, 9);
        browser.click("ballotForm:save");
        browser.waitForText("đồng ý 9 = 90% tổng số thành viên, đạt ngưỡng 90% → ĐẠT");
        act("CLOSE_COUNCIL");
        browser.waitForText("chuyển sang \"Đang công khai\"");

        as(reader);
        browser.open("commendation/postings.xhtml");
        browser.waitForText("Đề nghị Chiến sĩ thi đua toàn quốc " + run);
        String section = "section[data-batch='" + batchUrl.substring(batchUrl.indexOf("id=") + 3) + "']";
        org.openqa.selenium.WebElement opinion = browser.driver.findElement(By.cssSelector(section + " textarea"));
        opinion.sendKeys("Tốt");
        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Bạn còn 497/500 ký tự"));
        browser.driver.findElement(By.cssSelector(section + " button[id$=':send']")).click();
        browser.waitForAjax();
        browser.waitForText("Bạn vui lòng nhập từ 5 ký tự trở lên");
        opinion = browser.driver.findElement(By.cssSelector(section + " textarea"));
        assertThat(opinion.getAttribute("value")).isEqualTo("Tốt");
        opinion.clear();
        opinion.sendKeys("Đồng chí Tới có nhiều đóng góp cho giáo dục vùng cao, tôi đồng ý.");
        browser.driver.findElement(By.cssSelector(section + " button[id$=':send']")).click();
        browser.waitForAjax();
        browser.waitForText("Đã ghi nhận ý kiến của bạn.");
        browser.screenshot("54-public-posting");

        as(specialist);
        browser.driver.get(batchUrl);
        browser.waitForAjax();
        assertThat(browser.find("postingForm:opinions").getText()).contains("nhiều đóng góp cho giáo dục vùng cao");
        browser.driver.findElement(By.cssSelector("textarea[id$=':answer']")).sendKeys("Cảm ơn ý kiến của đồng chí.");
        browser.driver.findElement(By.cssSelector("button[id$=':reply']")).click();
        browser.waitForAjax();
        browser.waitForText("Cảm ơn ý kiến của đồng chí.");
        act("CLOSE_POSTING");
        browser.waitForText("Thời gian công khai kéo dài đến hết ngày");
        assertThat(browser.find("batchState").getText()).isEqualTo("Đang công khai");
        assertThat(browser.driver.findElements(By.id("submissionForm:submissionPdf"))).hasSize(1);
        browser.screenshot("55-posting-answered");
    }

    @Test
    void theOfficeKeepsTheHolidaysTheTimetableAndThePositionsOnTheBlanks() throws Exception {
        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("commendation/calendar.xhtml");
        browser.type("calendarForm:name", "Ngày nghỉ thử " + run);
        browser.click("calendarForm:add");
        browser.waitForText("Không được để trống.");
        assertThat(browser.find("calendarForm:name").getAttribute("value")).isEqualTo("Ngày nghỉ thử " + run);
        browser.script("PrimeFaces.getWidgetById('timetableForm:appraiseDays').setValue(0)");
        browser.click("timetableForm:save");
        browser.waitForText("Từ 1 đến 120 ngày làm việc.");
        browser.script("PrimeFaces.getWidgetById('timetableForm:appraiseDays').setValue(12)");
        browser.click("timetableForm:save");
        browser.waitForText("Đã lưu lịch trình.");
        browser.driver.findElements(By.cssSelector("#layoutsForm\\:layouts button")).get(0).click();
        browser.waitForAjax();
        browser.waitForText("Đã lưu vị trí in của mẫu phôi.");
        assertThat(browser.find("calendarForm:holidays").getText()).contains("Quốc khánh");
        browser.screenshot("56-calendar");
    }
}
