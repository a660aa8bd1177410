package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Passwords;
import vn.nennep.auth.Role;
import vn.nennep.auth.Secrets;
import vn.nennep.auth.User;

/**
 * A district's demo accounts, each with a fresh password that is printed once. A bcrypt hash (cost 12) takes about
 * half a second on a busy 2-core machine, the slowest step of the load after the meeting records, so the passwords
 * are hashed side by side (one per core) before the accounts are stored, in the order they were added.
 */
final class DemoAccounts {

    private final EntityManager em;
    private final List<User> users = new ArrayList<>();
    private final List<String> sees = new ArrayList<>();

    DemoAccounts(EntityManager em) {
        this.em = em;
    }

    /** An account of {@code role} at {@code organizationId} (null for the system administrator). */
    DemoAccounts add(String username, String fullName, Role role, UUID organizationId, String what) {
        User user = new User();
        user.username = username;
        user.fullName = fullName;
        user.role = role;
        user.organizationId = organizationId;
        users.add(user);
        sees.add(what);
        return this;
    }

    /** Stores the accounts; returns them with their passwords. */
    List<DemoDistrict.Account> create() {
        List<String> passwords = users.stream().map(user -> Secrets.password(12)).toList();
        List<String> hashes = passwords.parallelStream().map(Passwords::hash).toList();
        List<DemoDistrict.Account> accounts = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            user.passwordHash = hashes.get(i);
            em.persist(user);
            accounts.add(new DemoDistrict.Account(user.username, user.role, passwords.get(i), sees.get(i)));
        }
        return List.copyOf(accounts);
    }
}
