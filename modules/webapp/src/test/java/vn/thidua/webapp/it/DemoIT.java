package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.ProvinceClock;

/**
 * The demonstration province, on an installation of its own (a new data directory and embedded database, also when
 * the other tests run on PostgreSQL: the demonstration needs an empty database): offered to the administrator
 * of the empty installation, loaded through the services (checked and audited), and never again once data exists.
 */
class DemoIT {

    @Test
    void loadsTheDemonstrationIntoAnEmptyInstallationOnly() throws Exception {
        Path directory = Files.createTempDirectory("thidua-demo");
        int port = FreshInstance.freePort();
        URI root = URI.create("http://localhost:" + port + "/");
        FreshInstance instance = FreshInstance.start(directory, port, true);
        try {
            instance.awaitUp(root);
            Deployments.root(root.toURL());
            WebClient screens = new WebClient(root);
            assertThat(screens.signIn(Deployments.ADMIN, Deployments.adminPassword()).statusCode()).isEqualTo(302);
            String home = screens.get("index.xhtml").body();
            assertThat(home).contains("demoForm:load");

            HttpResponse<String> loaded = screens.postForm("index.xhtml", home,
                    Map.of("demoForm", "demoForm", "demoForm:load", ""));
            assertThat(loaded.body()).contains("Đã nạp dữ liệu mẫu").doesNotContain("demoForm:load")
                    .contains("Đề nghị danh hiệu Lao động tiên tiến năm " + ProvinceClock.thisYear());

            WebClient api = new WebClient(root);
            JsonObject school = WebClient.json(api.getAs("api/v1/units/TH_CHIENG_MUNG", Deployments.ADMIN,
                    Deployments.adminPassword()));
            assertThat(school.getString("name")).isEqualTo("Trường Tiểu học Chiềng Mung");
            JsonObject people = WebClient.json(api.getAs("api/v1/people?q=lo+thi+men", Deployments.ADMIN,
                    Deployments.adminPassword()));
            assertThat(people.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo("DEMO001");
            assertThat(api.getAs("api/v1/people/DEMO001/commendations", Deployments.ADMIN, Deployments.adminPassword())
                    .body()).contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh").contains("Lao động tiên tiến");
            long total = WebClient.json(api.getAs("api/v1/people?size=1", Deployments.ADMIN,
                    Deployments.adminPassword())).getJsonNumber("total").longValue();
            assertThat(total).isEqualTo(18);
            JsonObject chain = WebClient.json(api.getAs("api/v1/audit/verification", Deployments.ADMIN,
                    Deployments.adminPassword()));
            assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();

            // Once data exists: no offer, and the old page's button does nothing.
            assertThat(screens.get("index.xhtml").body()).doesNotContain("demoForm:load");
            screens.postForm("index.xhtml", home, Map.of("demoForm", "demoForm", "demoForm:load", ""));
            assertThat(WebClient.json(api.getAs("api/v1/people?size=1", Deployments.ADMIN,
                    Deployments.adminPassword())).getJsonNumber("total").longValue()).isEqualTo(18);
        } finally {
            instance.kill();
        }
    }
}
