package dev.ticketops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays platform-neutral: domain and app know nothing of Slack, Discord, HTTP, MyBatis or JDBC. */
@AnalyzeClasses(packages = "dev.ticketops", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoFrameworks = noClasses()
            .that().resideInAnyPackage("dev.ticketops.domain..", "dev.ticketops.app..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.slack..", "net.dv8tion..", "io.javalin..", "org.eclipse.jetty..", "org.apache.ibatis..",
                    "io.github.resilience4j..", "java.sql..", "javax.sql..", "org.mariadb..", "com.zaxxer..",
                    "org.flywaydb..", "com.fasterxml.jackson..", "jakarta.servlet..")
            .because("domain and app are the platform-neutral core; adapters depend on them, never the reverse");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoAdapters = noClasses()
            .that().resideInAnyPackage("dev.ticketops.domain..", "dev.ticketops.app..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ticketops.chat..", "dev.ticketops.store..",
                    "dev.ticketops.web..", "dev.ticketops.slack..", "dev.ticketops.discord..", "dev.ticketops.jobs..",
                    "dev.ticketops.config..");

    @ArchTest
    static final ArchRule domainDoesNotUseTheApp = noClasses()
            .that().resideInAPackage("dev.ticketops.domain..")
            .should().dependOnClassesThat().resideInAPackage("dev.ticketops.app..");

    @ArchTest
    static final ArchRule chatIsPlatformNeutral = noClasses()
            .that().resideInAPackage("dev.ticketops.chat..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..", "io.javalin..",
                    "org.apache.ibatis..", "java.sql..");

    @ArchTest
    static final ArchRule slackDoesNotKnowDiscord = noClasses()
            .that().resideInAPackage("dev.ticketops.slack..")
            .should().dependOnClassesThat().resideInAPackage("dev.ticketops.discord..")
            .because("each chat adapter stands alone; what they share lives in chat");

    @ArchTest
    static final ArchRule discordDoesNotKnowSlack = noClasses()
            .that().resideInAPackage("dev.ticketops.discord..")
            .should().dependOnClassesThat().resideInAPackage("dev.ticketops.slack..")
            .because("each chat adapter stands alone; what they share lives in chat");

    @ArchTest
    static final ArchRule chatImportsNoAdapter = noClasses()
            .that().resideInAPackage("dev.ticketops.chat..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ticketops.slack..", "dev.ticketops.discord..",
                    "dev.ticketops.web..", "dev.ticketops.jobs..", "dev.ticketops.store..", "dev.ticketops.outbound..")
            .because("the conversation is shared by every platform; the adapters depend on it, never the reverse");

    @ArchTest
    static final ArchRule outboundImportsNoChat = noClasses()
            .that().resideInAPackage("dev.ticketops.outbound..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ticketops.chat..", "dev.ticketops.slack..",
                    "dev.ticketops.discord..", "dev.ticketops.web..", "dev.ticketops.jobs..", "dev.ticketops.store..")
            .because("the resilience policies wrap any outbound call and know nothing of what is sent");

    @ArchTest
    static final ArchRule adaptersDoNotReachTheStore = noClasses()
            .that().resideInAnyPackage("dev.ticketops.slack..", "dev.ticketops.discord..", "dev.ticketops.web..",
                    "dev.ticketops.jobs..")
            .should().dependOnClassesThat().resideInAPackage("dev.ticketops.store..")
            .because("adapters reach the data through use cases and app ports; the composition root wires the store in");

    @ArchTest
    static final ArchRule slackSdkStaysInTheSlackAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.ticketops.slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..")
            .because("the Slack SDK is configured and used in the slack package only");

    @ArchTest
    static final ArchRule jdaStaysInTheDiscordAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.ticketops.discord..")
            .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
            .because("JDA is configured and used in the discord package only");
}
