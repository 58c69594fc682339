"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { useCreateBoard } from "./use-boards";

export function CreateBoardDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string>();
  const createBoard = useCreateBoard();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError("Give the board a name.");
    createBoard.mutate(
      { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
      {
        onSuccess: (board) => toast.success(`Board “${board.name}” created`),
        onError: (e) => toast.error(e.message),
      },
    );
    setOpen(false);
    setName("");
    setDescription("");
    setError(undefined);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New board
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="space-y-5" noValidate>
          <DialogHeader>
            <DialogTitle>New board</DialogTitle>
            <DialogDescription>A board holds lists of cards for one project or team.</DialogDescription>
          </DialogHeader>
          <FormField label="Name" required error={error}>
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoFocus placeholder="e.g. Website launch" />
          </FormField>
          <FormField label="Description">
            <Textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} placeholder="What is this board for?" />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit">Create board</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
