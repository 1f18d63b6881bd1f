package org.stockroom.cli.access;

import java.io.PrintWriter;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.access.TokenService;
import org.stockroom.service.access.TokenService.IssuedToken;
import org.stockroom.service.access.TokenService.TokenView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockroom token create|list|revoke}: script tokens for {@code $STOCKROOM_TOKEN}; an admin makes them. */
public final class TokenCommands {

    private TokenCommands() {}

    @Command(
            name = "token",
            mixinStandardHelpOptions = true,
            description = "Tokens for scripts: put one in $" + ActingUser.TOKEN_VARIABLE + " and commands act as"
                    + " its user, with that user's role. Only an admin makes or revokes them.",
            subcommands = {Create.class, ListTokens.class, Revoke.class})
    public static final class Group {}

    abstract static class TokenCommand extends SignedInCommand {

        TokenCommand(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            run(backend.tokens(), by, out);
        }

        abstract void run(TokenService tokens, Actor by, PrintWriter out);
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Make a token for a user and print it (once: only its hash is kept).")
    static final class Create extends TokenCommand {

        @Option(names = "--for", required = true, paramLabel = "NAME", description = "The user the token acts as.")
        String forUser;

        @Option(names = "--label", paramLabel = "TEXT", description = "What it is for, e.g. 'nightly import'.")
        String label;

        Create(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(TokenService tokens, Actor by, PrintWriter out) {
            IssuedToken issued = tokens.create(by, forUser, label);
            out.println(issued.token());
            err().printf(
                            "Token %d for %s: shown only now; revoke with 'stockroom token revoke %d'.%n",
                            issued.id(), issued.userName(), issued.id());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never the secrets).")
    static final class ListTokens extends TokenCommand {

        ListTokens(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(TokenService tokens, Actor by, PrintWriter out) {
            for (TokenView token : tokens.list()) {
                out.printf(
                        "%-5d %-20s %-24s made %s by %s%s%n",
                        token.id(),
                        token.userName(),
                        token.label() == null ? "" : token.label(),
                        token.createdAt(),
                        token.createdBy(),
                        token.revokedAt() == null ? "" : ", revoked " + token.revokedAt());
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: it stops working now.")
    static final class Revoke extends TokenCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The token's id, from 'token list'.")
        long id;

        Revoke(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(TokenService tokens, Actor by, PrintWriter out) {
            TokenView revoked = tokens.revoke(by, id);
            out.printf("Revoked token %d of %s%n", revoked.id(), revoked.userName());
        }
    }
}
