package vn.nennep.auth;

/** What login and refresh return: a bearer token for the API, and a refresh token to get the next one. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn, UserResponse user) {
}
