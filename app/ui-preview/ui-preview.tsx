"use client";

import * as React from "react";
import { ArchiveIcon, InboxIcon, MoreHorizontalIcon, PencilIcon, PlusIcon, SettingsIcon, Trash2Icon } from "lucide-react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuShortcut,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverDescription, PopoverTitle, PopoverTrigger } from "@/components/ui/popover";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { Separator } from "@/components/ui/separator";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Switch } from "@/components/ui/switch";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

const CURL = `curl https://tasks.example.com/v1/boards \\
  -H "Authorization: Bearer tt_live_3f9a…" \\
  -H "Content-Type: application/json" \\
  -d '{"name": "Roadmap"}'`;

const DELIVERIES = [
  { id: "whd_01J8Z3", event: "card.created", status: "succeeded", code: 200, at: "2 min ago" },
  { id: "whd_01J8Z2", event: "card.moved", status: "retrying", code: 503, at: "6 min ago" },
  { id: "whd_01J8Z1", event: "comment.created", status: "failed", code: 410, at: "1 h ago" },
] as const;

const STATUS_VARIANT = { succeeded: "success", retrying: "warning", failed: "destructive" } as const;

export function UiPreview() {
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-10 px-6 py-10">
      <header className="flex flex-col gap-2">
        <Badge variant="outline" className="text-muted-foreground">
          Dev preview
        </Badge>
        <h1 className="text-2xl font-semibold tracking-tight">Tasktide UI</h1>
        <p className="text-sm text-muted-foreground">
          Every primitive in <code className="font-mono text-[13px]">components/ui</code>. Not linked from the app.
        </p>
      </header>

      <Section title="Buttons">
        <div className="flex flex-wrap items-center gap-2">
          <Button>Create card</Button>
          <Button variant="secondary">Secondary</Button>
          <Button variant="outline">Outline</Button>
          <Button variant="ghost">Ghost</Button>
          <Button variant="destructive">
            <Trash2Icon /> Delete
          </Button>
          <Button variant="link">Link</Button>
          <Button disabled>Disabled</Button>
          <Button disabled>
            <Spinner aria-hidden="true" /> Saving…
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm">
            <PlusIcon /> Small
          </Button>
          <Button>Default</Button>
          <Button size="lg">Large</Button>
          <Button size="icon" variant="outline" aria-label="Settings">
            <SettingsIcon />
          </Button>
          <Button asChild variant="outline">
            <a href="#tables">asChild link</a>
          </Button>
        </div>
      </Section>

      <Section title="Form fields">
        <PreviewForm />
      </Section>

      <Section title="Badges, spinner, skeleton, separator">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>Default</Badge>
          <Badge variant="secondary">Secondary</Badge>
          <Badge variant="outline">Outline</Badge>
          <Badge variant="success">Succeeded</Badge>
          <Badge variant="warning">Retrying</Badge>
          <Badge variant="destructive">Failed</Badge>
          <Separator orientation="vertical" className="mx-2 h-5!" />
          <Spinner />
          <Spinner className="size-6 text-primary" label="Loading boards" />
        </div>
        <div className="flex items-center gap-3">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex flex-col gap-2">
            <Skeleton className="h-3.5 w-56" />
            <Skeleton className="h-3.5 w-40" />
          </div>
        </div>
      </Section>

      <Section title="Overlays">
        <div className="flex flex-wrap items-center gap-2">
          <PreviewDialog />
          <AlertDialog>
            <AlertDialogTrigger asChild>
              <Button variant="outline">Delete board…</Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>Delete “Roadmap”?</AlertDialogTitle>
                <AlertDialogDescription>
                  Its 42 cards, comments and time entries are deleted too. This cannot be undone.
                </AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>Cancel</AlertDialogCancel>
                <AlertDialogAction variant="destructive" onClick={() => toast.success("Board deleted")}>
                  Delete board
                </AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
          <PreviewDropdown />
          <Popover>
            <PopoverTrigger asChild>
              <Button variant="outline">Popover</Button>
            </PopoverTrigger>
            <PopoverContent>
              <div className="flex flex-col gap-1">
                <PopoverTitle>Due date</PopoverTitle>
                <PopoverDescription>Cards past due show in red on the board.</PopoverDescription>
              </div>
            </PopoverContent>
          </Popover>
          <Tooltip>
            <TooltipTrigger asChild>
              <Button variant="outline" size="icon" aria-label="Archive">
                <ArchiveIcon />
              </Button>
            </TooltipTrigger>
            <TooltipContent>Archive card</TooltipContent>
          </Tooltip>
          <Separator orientation="vertical" className="mx-1 h-6!" />
          <Button variant="secondary" onClick={() => toast("Card moved to Done")}>
            Toast
          </Button>
          <Button variant="secondary" onClick={() => toast.success("Webhook saved", { description: "Signing secret shown once." })}>
            Success toast
          </Button>
          <Button variant="secondary" onClick={() => toast.error("Could not reach https://hooks.example.com")}>
            Error toast
          </Button>
        </div>
      </Section>

      <Section title="Tabs, card and table" id="tables">
        <Tabs defaultValue="deliveries">
          <TabsList>
            <TabsTrigger value="deliveries">Deliveries</TabsTrigger>
            <TabsTrigger value="settings">Settings</TabsTrigger>
            <TabsTrigger value="empty">Empty</TabsTrigger>
          </TabsList>
          <TabsContent value="deliveries">
            <Card>
              <CardHeader>
                <CardTitle asChild>
                  <h3>Recent deliveries</h3>
                </CardTitle>
                <CardDescription>Webhook attempts of the last 24 hours.</CardDescription>
                <CardAction>
                  <Button variant="outline" size="sm">
                    Send test event
                  </Button>
                </CardAction>
              </CardHeader>
              <CardContent>
                <Table>
                  <TableCaption>Delivery ids are stable across retries.</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Delivery</TableHead>
                      <TableHead>Event</TableHead>
                      <TableHead>Status</TableHead>
                      <TableHead className="text-right">HTTP</TableHead>
                      <TableHead className="text-right">When</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {DELIVERIES.map((d) => (
                      <TableRow key={d.id}>
                        <TableCell className="font-mono text-[13px]">
                          <span className="inline-flex items-center gap-1">
                            {d.id}
                            <CopyButton value={d.id} label={`Copy delivery id ${d.id}`} className="size-6" />
                          </span>
                        </TableCell>
                        <TableCell>{d.event}</TableCell>
                        <TableCell>
                          <Badge variant={STATUS_VARIANT[d.status]}>{d.status}</Badge>
                        </TableCell>
                        <TableCell className="text-right tabular-nums">{d.code}</TableCell>
                        <TableCell className="text-right text-muted-foreground">{d.at}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
              <CardFooter className="justify-end">
                <Button variant="ghost" size="sm">
                  View all
                </Button>
              </CardFooter>
            </Card>
          </TabsContent>
          <TabsContent value="settings">
            <Card>
              <CardContent className="flex flex-col gap-3">
                <Label htmlFor="preview-url">Endpoint URL</Label>
                <Input id="preview-url" defaultValue="https://hooks.example.com/tasktide" />
              </CardContent>
            </Card>
          </TabsContent>
          <TabsContent value="empty">
            <EmptyState
              icon={<InboxIcon />}
              title="No webhooks yet"
              titleAs="h3"
              description="Webhooks send a signed POST to your server whenever a card, list or comment changes."
              action={
                <Button>
                  <PlusIcon /> Add webhook
                </Button>
              }
            />
          </TabsContent>
        </Tabs>
      </Section>

      <Section title="Empty state">
        <EmptyState
          icon={<InboxIcon />}
          title="No boards yet"
          description="Boards hold your lists and cards. Create one to get started, or import from the API."
          action={
            <>
              <Button>
                <PlusIcon /> Create board
              </Button>
              <Button variant="outline">Read the API docs</Button>
            </>
          }
        />
      </Section>

      <Section title="Code block and copy button">
        <CodeBlock code={CURL} language="bash" title="cURL" copyLabel="Copy cURL command" />
        <CodeBlock code="tt_live_3f9a8c1e5b7d2f40a6e9c3b1d8f7a2e4" copyLabel="Copy token" />
        <div className="flex items-center gap-2">
          <CopyButton value="whsec_8f2d…" variant="outline">
            Copy signing secret
          </CopyButton>
          <CopyButton value="evt_01J8Z3" label="Copy event id" />
        </div>
      </Section>
    </main>
  );
}

function Section({ title, id, children }: { title: string; id?: string; children: React.ReactNode }) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section id={id} aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-sm font-semibold text-muted-foreground">
        {title}
      </h2>
      {children}
    </section>
  );
}

function PreviewForm() {
  const [name, setName] = React.useState("");
  const [description, setDescription] = React.useState("");
  const [visibility, setVisibility] = React.useState("");
  const [notify, setNotify] = React.useState(true);
  const [archived, setArchived] = React.useState(false);
  const [submitted, setSubmitted] = React.useState(false);

  const errors = {
    name: submitted && name.trim() === "" ? "Give the board a name." : undefined,
    visibility: submitted && visibility === "" ? "Choose who can see the board." : undefined,
  };

  return (
    <form
      noValidate
      className="grid max-w-xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (name.trim() && visibility) toast.success(`Board “${name.trim()}” created`);
      }}
    >
      <FormField label="Board name" required error={errors.name} description="Shown in the sidebar and in webhook payloads.">
        <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Roadmap" />
      </FormField>
      <FormField label="Description">
        <Textarea value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What is this board for?" />
      </FormField>
      <FormField label="Visibility" required error={errors.visibility}>
        {(control) => (
          <Select value={visibility} onValueChange={setVisibility}>
            <SelectTrigger {...control} className="w-56">
              <SelectValue placeholder="Choose…" />
            </SelectTrigger>
            <SelectContent>
              <SelectGroup>
                <SelectLabel>Workspace</SelectLabel>
                <SelectItem value="workspace">Everyone in the workspace</SelectItem>
                <SelectItem value="admins">Admins only</SelectItem>
              </SelectGroup>
              <SelectSeparator />
              <SelectItem value="private">Only me</SelectItem>
            </SelectContent>
          </Select>
        )}
      </FormField>
      <FormField label="Email me about new comments" orientation="horizontal" description="At most one digest per hour.">
        <Checkbox checked={notify} onCheckedChange={(v) => setNotify(v === true)} />
      </FormField>
      <FormField label="Archived" orientation="horizontal">
        <Switch checked={archived} onCheckedChange={setArchived} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">Create board</Button>
        <Button type="button" variant="ghost" onClick={() => setSubmitted(false)}>
          Reset errors
        </Button>
      </div>
    </form>
  );
}

function PreviewDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">
          <PencilIcon /> Edit card…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit card</DialogTitle>
          <DialogDescription>Changes are saved for everyone on the board.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          <FormField label="Title">
            <Input defaultValue="Ship webhook retries" />
          </FormField>
          <FormField label="Notes">
            <Textarea defaultValue="Exponential backoff with jitter, max 8 attempts." />
          </FormField>
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button onClick={() => toast.success("Card saved")}>Save</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function PreviewDropdown() {
  const [showArchived, setShowArchived] = React.useState(false);
  const [sort, setSort] = React.useState("manual");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="icon" aria-label="Board actions">
          <MoreHorizontalIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-56">
        <DropdownMenuLabel>Board</DropdownMenuLabel>
        <DropdownMenuItem>
          <PencilIcon /> Rename <DropdownMenuShortcut>⌘R</DropdownMenuShortcut>
        </DropdownMenuItem>
        <DropdownMenuItem>
          <ArchiveIcon /> Archive
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>Sort cards</DropdownMenuSubTrigger>
          <DropdownMenuSubContent>
            <DropdownMenuRadioGroup value={sort} onValueChange={setSort}>
              <DropdownMenuRadioItem value="manual">Manual</DropdownMenuRadioItem>
              <DropdownMenuRadioItem value="due">Due date</DropdownMenuRadioItem>
              <DropdownMenuRadioItem value="created">Created</DropdownMenuRadioItem>
            </DropdownMenuRadioGroup>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuSeparator />
        <DropdownMenuCheckboxItem checked={showArchived} onCheckedChange={setShowArchived}>
          Show archived cards
        </DropdownMenuCheckboxItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive">
          <Trash2Icon /> Delete board
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
