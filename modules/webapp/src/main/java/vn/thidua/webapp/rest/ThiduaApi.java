package vn.thidua.webapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public REST API, version 1 (shared/API.md). Resources live in the modules that own their data. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "thidua", version = "1",
                description = "Hệ thống quản lý thi đua, khen thưởng — public API, version 1"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ThiduaApi extends Application {
}
