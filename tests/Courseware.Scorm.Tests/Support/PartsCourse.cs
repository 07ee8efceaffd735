namespace Courseware.Scorm.Tests.Support;

/// <summary>A course whose tree comes from a SUMMARY.md with two parts, and whose entries are named differently from the pages' own titles.</summary>
public static class PartsCourse
{
    public const string Summary = """
        # Sommaire

        ## Avant de commencer

        * [Bienvenue au jardin](README.md)
        * [Outils du jardinier](outils.md)

        ## Au potager

        * [Semer les tomates](semis.md)
          * [Arroser sans excès](semis/arrosage.md)
        * [Récolter](recolte.md)
        """;

    public static IReadOnlyDictionary<string, string> Files() => new Dictionary<string, string>
    {
        ["SUMMARY.md"] = Summary,
        ["README.md"] = "# Le jardin partagé du quartier\n\nCe module présente le jardin et ses règles.\n",
        ["outils.md"] = "# Les outils de base\n\nBêche, râteau et arrosoir suffisent pour débuter.\n",
        ["semis.md"] = "# Semis de tomates en godets\n\nSemer en mars, à l'abri.\n",
        ["semis/arrosage.md"] = "# Arrosage des jeunes plants\n\nUn peu d'eau tous les deux jours.\n",
        ["recolte.md"] = "# La récolte en été\n\nCueillir les fruits bien rouges.\n",
    };
}
