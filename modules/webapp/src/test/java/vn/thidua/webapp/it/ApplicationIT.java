package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole WAR on a real Payara Micro, on the database the environment names (H2 by default, PostgreSQL in
 * CI): health, OpenAPI, sign-in and sign-out of the screens, the unit API with and without credentials.
 * One deployment for all of it, since each costs a Payara start.
 */
class ApplicationIT extends ApiJourney {

    /** A line of a Java stack trace, which no answer may show. */
    private static final String STACK_FRAME = "at [\\w.$]+\\([\\w]+\\.java:\\d+\\)";

    private URI root;

    @BeforeEach
    void connect() {
        root = Deployments.root(deploymentUrl);
        client = new WebClient(root);
    }

    @Test
    void healthIsOpenAndReadyOnceTheDatabaseIsMigrated() throws Exception {
        HttpResponse<String> health = client.get("health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonObject body = WebClient.json(health);
        assertThat(body.getString("status")).isEqualTo("UP");
        JsonObject database = body.getJsonArray("checks").getJsonObject(0);
        assertThat(database.getString("name")).isEqualTo("database");
        assertThat(database.getJsonObject("data").getString("database"))
                .as("the database the environment names").isEqualTo(Deployments.expectedDatabaseProduct());
        assertThat(client.get("health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiIsOpenAndDescribesTheModulesResources() throws Exception {
        HttpResponse<String> openapi = client.get("openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/units/{code}").contains("scheme: basic");
    }

    // ---- the unit API ----

    @Test
    void answers401WithAChallengeAndAProblemWithoutCredentials() throws Exception {
        HttpResponse<String> response = client.get("api/v1/units/SON_LA");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic realm=\"thidua\""));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(WebClient.json(response).getInt("status")).isEqualTo(401);
    }

    @Test
    void answers401ForAWrongPassword() throws Exception {
        HttpResponse<String> response = client.getAs("api/v1/units/SON_LA", Deployments.ADMIN, "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(WebClient.json(response).getString("detail")).contains("không đúng");
    }

    @Test
    void answers404ProblemInVietnameseForAnUnknownCode() throws Exception {
        HttpResponse<String> response =
                client.getAs("api/v1/units/KHONG_CO", Deployments.ADMIN, Deployments.adminPassword());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonObject problem = WebClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("title")).isEqualTo("Không tìm thấy");
        assertThat(problem.getString("detail")).isEqualTo("Không tìm thấy đơn vị có mã \"KHONG_CO\".");
        assertThat(response.body()).doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void answers400ProblemForACodeOutsideTheSyntax() throws Exception {
        HttpResponse<String> response =
                client.getAs("api/v1/units/ma%20sai", Deployments.ADMIN, Deployments.adminPassword());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = WebClient.json(response);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("không hợp lệ");
    }

    @Test
    void returnsTheRootUnitWithItsVersionAndETag() throws Exception {
        HttpResponse<String> response =
                client.getAs("api/v1/units/SON_LA", Deployments.ADMIN, Deployments.adminPassword());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject unit = WebClient.json(response);
        assertThat(unit.getString("code")).isEqualTo("SON_LA");
        assertThat(unit.getString("name")).isEqualTo("Tỉnh Sơn La");
        assertThat(unit.getString("kind")).isEqualTo("PROVINCE");
        assertThat(unit.containsKey("childrenCodes")).isTrue();
        assertThat(response.headers().firstValue("ETag"))
                .hasValue("\"" + unit.getJsonNumber("version").longValue() + "\"");
    }

    @Test
    void createsNoSessionForApiCalls() throws Exception {
        HttpResponse<String> response =
                client.getAs("api/v1/units/SON_LA", Deployments.ADMIN, Deployments.adminPassword());

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    // ---- the screens ----

    @Test
    void sendsAnyoneNotSignedInToTheVietnameseSignInPage() throws Exception {
        HttpResponse<String> home = client.get("");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
        HttpResponse<String> login = client.get("login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"vi\"").contains("Đăng nhập").contains("Mật khẩu");
    }

    @Test
    void refusesAWrongPasswordNextToTheFieldAndKeepsTheName() throws Exception {
        HttpResponse<String> answer = client.signIn(Deployments.ADMIN, "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng")
                .contains("value=\"admin\"");
        assertThat(client.get("").statusCode()).isEqualTo(302);
    }

    @Test
    void signsInToTheHomePageAndOut() throws Exception {
        HttpResponse<String> answer = client.signIn(Deployments.ADMIN, Deployments.adminPassword());
        assertThat(answer.statusCode()).isEqualTo(302);

        HttpResponse<String> home = client.get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào, admin").contains("Quản trị hệ thống")
                .contains("Tỉnh Sơn La (SON_LA)");

        HttpResponse<String> signedOut = client.postForm("", home.body(), Map.of(
                "header", "header", "header:signOut", "header:signOut"));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml?signedOut=true"));
        assertThat(client.get("").statusCode()).isEqualTo(302);
    }

    @Test
    void returnsToThePageAskedForAfterSignIn() throws Exception {
        client.get("index.xhtml?from=test");
        HttpResponse<String> answer = client.signIn(Deployments.ADMIN, Deployments.adminPassword());

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/index.xhtml?from=test"));
    }

    @Test
    void showsAFriendlyPageForAnUnknownPage() throws Exception {
        client.signIn(Deployments.ADMIN, Deployments.adminPassword());

        HttpResponse<String> missing = client.get("khong-co-trang-nay.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang").doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void showsAFriendlyPageForAnExpiredView() throws Exception {
        client.signIn(Deployments.ADMIN, Deployments.adminPassword());
        HttpResponse<String> home = client.get("");
        String staleState = home.body().replaceAll(
                "(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+\"", "$1-1:-1\"");

        HttpResponse<String> expired = client.postForm("", staleState, Map.of(
                "header", "header", "header:en", "header:en"));

        assertThat(expired.body()).contains("Trang đã hết hạn").doesNotContainPattern(STACK_FRAME);
    }
}
