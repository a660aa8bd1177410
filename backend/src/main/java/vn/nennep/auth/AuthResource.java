package vn.nennep.auth;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("login")
    @PermitAll
    public TokenResponse login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        return auth.login(request, http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress());
    }

    @POST
    @Path("refresh")
    @PermitAll
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return auth.refresh(request);
    }

    @POST
    @Path("logout")
    @PermitAll
    public void logout(@Valid @NotNull RefreshRequest request) {
        auth.logout(request);
    }

    @GET
    @Path("me")
    @Authenticated
    public UserResponse me() {
        return auth.me();
    }

    @POST
    @Path("password")
    @Authenticated
    public void changePassword(@Valid @NotNull PasswordChangeRequest request) {
        auth.changePassword(request);
    }
}
