package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --database}: what it accepts, and that every refusal names what is wrong without echoing a secret. */
class PostgresAddressTest {

    @Test
    void anAddressBecomesAJdbcUrlWithTheDefaultUserAndPort() {
        DatabaseTarget.Postgres target = PostgresAddress.parse("postgresql://db.example/stock", () -> "s3cret");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/stock");
        assertThat(target.user()).isEqualTo("stockroom");
        assertThat(target.password()).isEqualTo("s3cret");
        assertThat(target.describe()).isEqualTo("the PostgreSQL database db.example:5432/stock");
        assertThat(target.toString()).doesNotContain("s3cret");
    }

    @Test
    void aUserAPortParametersAndTheJdbcFormAreKept() {
        DatabaseTarget.Postgres target =
                PostgresAddress.parse("jdbc:postgresql://clerk@10.0.0.5:6543/stock?sslmode=require", () -> "pw");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:6543/stock?sslmode=require");
        assertThat(target.user()).isEqualTo("clerk");
        assertThat(target.describe()).isEqualTo("the PostgreSQL database 10.0.0.5:6543/stock");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mysql://db/stock | it must start with postgresql://",
                "postgresql:///stock | it names no host",
                "postgresql://db | it names no database",
                "postgresql://db/ | it names no database",
                "postgresql://db/stock;drop | is not a database name",
                "postgresql://db:99999/stock | the port must be 1-65535",
                "postgresql://clerk:hunter2@db/stock | a password does not belong in the address",
                "postgresql://db/stock?password=hunter2 | not as parameters",
            })
    void aBadAddressIsRefusedNamingWhatIsWrongAndNeverItsPassword(String address, String why) {
        assertThatThrownBy(() -> PostgresAddress.parse(address, () -> {
                    throw new AssertionError("the password is not asked for a bad address");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--database '")
                .hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
