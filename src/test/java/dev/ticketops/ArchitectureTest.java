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
}
