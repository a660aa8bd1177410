package vn.nennep.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;

/** Login, refresh, logout and password change. Failed logins are throttled per account and per address. */
@ApplicationScoped
public class AuthService {

    private final Tokens tokens;
    private final LoginThrottle throttle;
    private final Caller caller;

    public AuthService(Tokens tokens, LoginThrottle throttle, Caller caller) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.caller = caller;
    }

    public TokenResponse login(LoginRequest request, String address) {
        String account = request.username().trim().toLowerCase(Locale.ROOT);
        String from = address;
        LoginThrottle.Check check = throttle.check(account, from);
        if (check.blockedFor() > 0) {
            throw new TooManyRequests(check.blockedFor());
        }
        pause(check.delay());
        TokenResponse issued = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.find("lower(username)", account).firstResult();
            boolean ok = Passwords.matches(request.password(), user == null ? null : user.passwordHash);
            if (!ok || !user.active) {
                return null;
            }
            user.lastLoginAt = Time.now();
            return tokens.issue(user);
        });
        if (issued == null) {
            throttle.failed(account, from);
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.login.invalid");
        }
        throttle.succeeded(account);
        return issued;
    }

    /** A refused refresh still commits: presenting a spent token must revoke the account's other tokens for good. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(RefreshRequest request) {
        return tokens.issue(tokens.redeem(request.refreshToken()));
    }

    @Transactional
    public void logout(RefreshRequest request) {
        tokens.revoke(request.refreshToken());
    }

    public UserResponse me() {
        if (caller.kind() != Caller.Kind.USER) {
            throw Access.forbidden("auth.usersOnly");
        }
        User user = User.findById(caller.id());
        return UserResponse.of(user);
    }

    @Transactional
    public void changePassword(PasswordChangeRequest request) {
        if (caller.kind() != Caller.Kind.USER) {
            throw Access.forbidden("auth.usersOnly");
        }
        User user = User.findById(caller.id());
        if (!Passwords.matches(request.currentPassword(), user.passwordHash)) {
            throw new Unprocessable("currentPassword", "auth.password.wrong");
        }
        user.passwordHash = Passwords.hash(request.newPassword());
        RefreshToken.update("usedAt = ?1 where userId = ?2 and usedAt is null", Time.now(), user.id);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
