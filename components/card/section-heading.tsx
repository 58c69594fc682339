/** A card dialog section title with its icon, aligned with the content column. */
export function SectionHeading({ id, icon, children }: { id?: string; icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <h3 id={id} className="flex items-center gap-2 text-sm font-semibold [&>svg]:size-4 [&>svg]:text-muted-foreground">
      {icon}
      {children}
    </h3>
  );
}
