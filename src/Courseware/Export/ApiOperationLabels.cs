namespace Courseware.Export;

/// <summary>The words an exporter prints around an API operation block, in the course language (French or English), without punctuation.</summary>
public sealed record ApiOperationLabels(
    string Parameters,
    string Name,
    string In,
    string Type,
    string Required,
    string Description,
    string Yes,
    string No,
    string Responses,
    string BaseUrl,
    string Specification,
    string Schemas)
{
    public static ApiOperationLabels French { get; } = new(
        "Paramètres", "Nom", "Emplacement", "Type", "Obligatoire", "Description", "oui", "non", "Réponses", "URL de base", "Spécification", "Modèles de données de l’API");

    public static ApiOperationLabels English { get; } = new(
        "Parameters", "Name", "In", "Type", "Required", "Description", "yes", "no", "Responses", "Base URL", "Specification", "API data models");
}
