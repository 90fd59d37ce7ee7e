package dev.tributary.tanium.client;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every document the client sends validates against Tanium's full published Gateway schema (and the
 * subset the simulator executes), and declares its cursors as {@code Cursor}.
 */
class TaniumDocumentsSchemaTest {

    private static GraphQLSchema published;
    private static GraphQLSchema subset;

    @BeforeAll
    static void loadSchemas() throws IOException {
        published = schema(Path.of("src/test/resources/specs/tanium-gateway-schema.graphql"));
        subset = schema(Path.of("src/test/resources/fixtures/tanium/graphql/tanium_gateway_subset.schema.graphql"));
    }

    private static GraphQLSchema schema(Path sdl) throws IOException {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(sdl)));
    }

    private static List<GraphQLError> errors(GraphQLSchema schema, String query) {
        return ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput().query(query).build()).getErrors();
    }

    @ParameterizedTest
    @EnumSource(TaniumDocument.class)
    void validatesAgainstThePublishedSchema(TaniumDocument document) {
        assertThat(errors(published, document.text())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TaniumDocument.class)
    void validatesAgainstTheSimulatorSubset(TaniumDocument document) {
        assertThat(errors(subset, document.text())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TaniumDocument.class)
    void namesItsOperationAndTypesCursorsAsCursor(TaniumDocument document) {
        Document parsed = Parser.parse(document.text());
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        assertThat(operations).hasSize(1);
        assertThat(operations.get(0).getName()).isEqualTo(document.operationName());
        operations.get(0).getVariableDefinitions().stream().filter(v -> v.getName().equals("after"))
                .forEach(v -> assertThat(v.getType().toString()).contains("Cursor"));
        assertThat(document.text()).doesNotContain("reportingConsoleURL");
    }

    @Test
    void theCheckCanFail() {
        assertThat(errors(published, "query { endpoints(first: 1) { edges { node { id reportingConsoleURL } } } }")).isNotEmpty();
        assertThat(errors(published, "query ($after: String) { endpoints(first: 1, after: $after) { totalRecords } }")).isNotEmpty();
    }

    @Test
    void everyDocumentOnTheClasspathIsOneTheClientKnows() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource(TaniumDocument.RESOURCE_DIR).toURI());
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> TaniumDocument.RESOURCE_DIR + p.getFileName()).sorted().toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(Arrays.stream(TaniumDocument.values()).map(TaniumDocument::resource).toList());
    }
}
