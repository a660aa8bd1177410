package vn.nennep.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every @QuarkusTest (a test resource on any class applies to all). */
@QuarkusTestResource(TestDatabase.class)
public final class UseTestDatabase {
    private UseTestDatabase() {
    }
}
