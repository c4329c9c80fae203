using System.Reflection.Metadata;

// Prints each source document a portable PDB names, one per line (usage: PdbDocuments <file.pdb>).
using var stream = File.OpenRead(args[0]);
using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
var reader = provider.GetMetadataReader();
foreach (var handle in reader.Documents)
{
    Console.WriteLine(reader.GetString(reader.GetDocument(handle).Name));
}
