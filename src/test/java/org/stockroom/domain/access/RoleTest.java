package org.stockroom.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The role table in code is the one in docs/ROLES.md, and each role has what the one below it has. */
class RoleTest {

    @Test
    void eachRoleHasEverythingTheRoleBelowItHas() {
        for (Permission permission : Permission.values()) {
            for (Role role : Role.values()) {
                if (role.ordinal() > 0 && Role.values()[role.ordinal() - 1].allows(permission)) {
                    assertThat(role.allows(permission))
                            .as("%s %s", role, permission)
                            .isTrue();
                }
            }
        }
        assertThat(Role.VIEWER.allows(Permission.RECEIVE)).isFalse();
        assertThat(Role.CLERK.allows(Permission.RECEIVE)).isTrue();
        assertThat(Role.CLERK.allows(Permission.ADJUST)).isFalse();
        assertThat(Role.SUPERVISOR.allows(Permission.EDIT_PRODUCT)).isTrue();
        assertThat(Role.SUPERVISOR.allows(Permission.MANAGE_USERS)).isFalse();
        assertThat(Role.ADMIN.allows(Permission.MANAGE_SETTINGS)).isTrue();
    }

    @Test
    void theDocumentedTableIsTheOneInTheCode() throws Exception {
        String doc = Files.readString(Path.of("docs/ROLES.md"));
        for (Permission permission : Permission.values()) {
            StringBuilder row = new StringBuilder("| " + permission.description() + " |");
            for (Role role : Role.values()) {
                row.append(role.allows(permission) ? " yes |" : " - |");
            }
            assertThat(doc).as("docs/ROLES.md row for %s", permission).contains(row.toString());
        }
    }

    @Test
    void rolesParseInAnyCase() {
        assertThat(Role.parse(" clerk ")).contains(Role.CLERK);
        assertThat(Role.parse("Owner")).isEmpty();
    }
}
